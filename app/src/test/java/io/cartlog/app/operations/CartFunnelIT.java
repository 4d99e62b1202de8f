package io.cartlog.app.operations;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.platform.projection.OfflineRebuild;
import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The cart funnel counts carts through each stage, from the first event of the store. */
class CartFunnelIT extends CartlogIT {

    @Autowired
    private OfflineRebuild offlineRebuild;

    @Test
    void countsCartsThroughEachStageAndTheAbandonedOnesWithTheirValue() {
        String window = window();
        String variant = variant("classic-t-shirt");
        String completed = readyCart(variant, 1);
        assertThat(complete(completed, UUID.randomUUID().toString()).status()).isEqualTo(200);
        String abandoned = store().post("/store/carts", Map.of("items", List.of(Map.of("variant_id", variant, "quantity", 2))))
                .text("/cart/id");
        store().post("/store/carts", Map.of());
        long abandonedTotal = store().get("/store/carts/" + abandoned).body().at("/cart/item_total").asLong();

        JsonNode funnel = awaitFunnel(window + "&abandoned_after=PT0S", 1);

        assertThat(funnel.path("carts_created").asLong()).isEqualTo(3);
        assertThat(funnel.path("with_items").asLong()).isEqualTo(2);
        assertThat(funnel.path("with_shipping").asLong()).isEqualTo(1);
        assertThat(funnel.path("with_payment").asLong()).isEqualTo(1);
        assertThat(funnel.path("conversion_rate").asDouble()).isEqualTo(0.3333);
        assertThat(funnel.at("/abandoned/count").asLong()).isEqualTo(1);
        assertThat(funnel.at("/abandoned/after_seconds").asLong()).isZero();
        assertThat(funnel.at("/abandoned/value/0/currency_code").asString()).isEqualTo("eur");
        assertThat(funnel.at("/abandoned/value/0/amount").asLong()).isEqualTo(abandonedTotal).isPositive();
        // An hour has not passed since the abandoned cart's last change.
        assertThat(admin().get("/admin/analytics/cart-funnel?" + window).body().at("/abandoned/count").asLong()).isZero();
    }

    @Test
    void aRebuildFromTheFirstEventGivesTheSameFigures() {
        String window = window();
        String variant = variant("classic-t-shirt");
        String cartId = readyCart(variant, 1);
        assertThat(complete(cartId, UUID.randomUUID().toString()).status()).isEqualTo(200);
        store().post("/store/carts", Map.of("items", List.of(Map.of("variant_id", variant, "quantity", 1))));
        String query = window + "&abandoned_after=PT0S";
        JsonNode before = awaitFunnel(query, 1);

        Response started = admin().post("/admin/projections/cart-funnel/rebuild", Map.of());
        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(2)).until(() -> admin().get("/admin/projections/cart-funnel").body()
                .at("/projection/rebuild/status").asString().equals("completed"));

        assertThat(admin().get("/admin/analytics/cart-funnel?" + query).body()).isEqualTo(before);
    }

    @Test
    @Timeout(120)
    void theCommandLineRebuildReplaysTheFunnelAndDrawsItsProgress() throws InterruptedException {
        String window = window();
        String variant = variant("classic-t-shirt");
        store().post("/store/carts", Map.of("items", List.of(Map.of("variant_id", variant, "quantity", 1))));
        String query = window + "&abandoned_after=PT0S";
        JsonNode before = awaitFunnel(query, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = offlineRebuild.run("cart-funnel", new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(status).isEqualTo(OfflineRebuild.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("cart-funnel").contains("100%").contains("events/s");
        assertThat(admin().get("/admin/analytics/cart-funnel?" + query).body()).isEqualTo(before);
        assertThat(admin().get("/admin/projections/cart-funnel").text("/projection/status")).isEqualTo("running");
    }

    @Test
    void theCommandLineRefusesUnknownNamesAndProcessorsWithSideEffects() throws InterruptedException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);

        assertThat(offlineRebuild.run("no-such-view", System.out, errors)).isEqualTo(OfflineRebuild.UNKNOWN);
        assertThat(offlineRebuild.run("webhooks", System.out, errors)).isEqualTo(OfflineRebuild.NOT_REBUILDABLE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No projection 'no-such-view'").contains("cart-view");
    }

    @Test
    void malformedWindowsAreInvalidData() {
        assertError(admin().get("/admin/analytics/cart-funnel?from=yesterday"), 400, "invalid_data", null);
        assertError(admin().get("/admin/analytics/cart-funnel?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z"),
                400, "invalid_data", null);
        assertError(admin().get("/admin/analytics/cart-funnel?abandoned_after=soon"), 400, "invalid_data", null);
    }

    @Test
    void theFunnelDefaultsToTheLastThirtyDays() {
        JsonNode funnel = admin().get("/admin/analytics/cart-funnel").body();

        Instant from = Instant.parse(funnel.path("from").asString());
        Instant to = Instant.parse(funnel.path("to").asString());
        assertThat(Duration.between(from, to)).isEqualTo(Duration.ofDays(30));
        assertThat(funnel.at("/abandoned/after_seconds").asLong()).isEqualTo(3600);
    }

    /** Carts created from now on, for an hour: only this test's. */
    private static String window() {
        Instant from = Instant.now().minusMillis(1);
        return "from=" + from + "&to=" + from.plus(Duration.ofHours(1));
    }

    private JsonNode awaitFunnel(String query, long completed) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode funnel = admin().get("/admin/analytics/cart-funnel?" + query).body();
            return funnel.path("completed").asLong() == completed && admin().get("/admin/projections/cart-funnel")
                    .body().at("/projection/lag_events").asLong() == 0;
        });
        return admin().get("/admin/analytics/cart-funnel?" + query).body();
    }
}
