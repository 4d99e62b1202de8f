package io.cartlog.app.operations;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Operators see where every read model stands and rebuild one while it keeps serving. */
class ProjectionOperationsIT extends CartlogIT {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void everyReadModelIsListedCaughtUpWithItsSegments() {
        String variant = variant("classic-t-shirt");
        store().post("/store/carts", Map.of("items", List.of(Map.of("variant_id", variant, "quantity", 1))));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode projections = admin().get("/admin/projections").body().at("/projections");
            for (String name : List.of("cart-view", "order-view", "cart-funnel", "region-view")) {
                JsonNode projection = find(projections, name);
                assertThat(projection.path("status").asString()).as(name).isEqualTo("running");
                assertThat(projection.path("lag_events").asLong()).as(name).isZero();
                assertThat(projection.path("lag_seconds").asLong()).as(name).isZero();
                assertThat(projection.path("position").asLong()).as(name)
                        .isEqualTo(projection.path("head").asLong()).isPositive();
                assertThat(projection.at("/segments/total").asInt()).as(name).isEqualTo(2);
                assertThat(projection.at("/segments/claimed").asInt()).as(name).isEqualTo(2);
                assertThat(projection.path("dead_letters").asLong()).as(name).isZero();
                assertThat(projection.path("rebuildable").asBoolean()).as(name).isTrue();
            }
        });
        JsonNode projections = admin().get("/admin/projections").body().at("/projections");
        // Read models that in-memory caches are built from are rebuildable too (CachedReadModelRebuildIT).
        for (String name : List.of("product-view", "product-category-view", "product-collection-view",
                "inventory-view", "secret-keys", "publishable-keys")) {
            assertThat(find(projections, name).path("rebuildable").asBoolean()).as(name).isTrue();
        }
        assertThat(find(projections, "webhooks").path("rebuildable").asBoolean()).isFalse();
        assertThat(find(projections, "paid-cart-completion").path("rebuildable").asBoolean()).isFalse();
    }

    @Test
    void oneProjectionIsReadByName() {
        Response projection = admin().get("/admin/projections/cart-view");

        assertThat(projection.status()).isEqualTo(200);
        assertThat(projection.text("/projection/name")).isEqualTo("cart-view");
    }

    @Test
    void anUnknownProjectionIsNotFound() {
        assertError(admin().get("/admin/projections/no-such-view"), 404, "projection_not_found", null);
        assertError(admin().post("/admin/projections/no-such-view/rebuild", Map.of()), 404, "projection_not_found", null);
    }

    @Test
    void processorsWithSideEffectsAreNeverRebuilt() {
        assertError(admin().post("/admin/projections/webhooks/rebuild", Map.of()), 400, "projection_not_rebuildable",
                null);
        assertError(admin().post("/admin/projections/paid-cart-completion/rebuild", Map.of()), 400,
                "projection_not_rebuildable", null);
    }

    @Test
    void projectionsNeedTheAdminKey() {
        assertThat(store().get("/admin/projections").status()).isEqualTo(401);
        assertThat(anonymous().post("/admin/projections/cart-view/rebuild", Map.of()).status()).isEqualTo(401);
    }

    @Test
    void theCartViewIsRebuiltWhileAClientKeepsReadingTheSameCart() throws InterruptedException {
        String variant = variant("classic-t-shirt");
        String cartId = store().post("/store/carts", Map.of("items", List.of(Map.of("variant_id", variant, "quantity", 1))))
                .text("/cart/id");
        long version = store().post("/store/carts/" + cartId + "/line-items", Map.of("variant_id", variant, "quantity", 2))
                .body().at("/cart/version").asLong();
        awaitCaughtUp("cart-view");
        List<Map<String, Object>> before = cartRows();

        List<String> seen = new CopyOnWriteArrayList<>();
        AtomicBoolean reading = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            while (reading.get()) {
                Response cart = store().get("/store/carts/" + cartId);
                seen.add(cart.status() + "@" + cart.body().at("/cart/version").asLong());
            }
        });
        reader.start();
        try {
            Response started = admin().post("/admin/projections/cart-view/rebuild", Map.of());
            assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
            assertThat(started.text("/projection/status")).isEqualTo("rebuilding");
            assertThat(started.text("/projection/rebuild/mode")).isEqualTo("shadow");
            assertError(admin().post("/admin/projections/cart-view/rebuild", Map.of()), 409, "rebuild_in_progress", null);

            awaitRebuilt("cart-view");
        } finally {
            reading.set(false);
            reader.join();
        }

        assertThat(seen).isNotEmpty().allMatch(read -> read.equals("200@" + version));
        assertThat(cartRows()).isEqualTo(before);
        JsonNode projection = admin().get("/admin/projections/cart-view").body().at("/projection");
        assertThat(projection.path("status").asString()).isEqualTo("running");
        assertThat(projection.at("/rebuild/progress").asDouble()).isEqualTo(1.0);
        assertThat(projection.at("/rebuild/position").asLong()).isPositive();
        // The rebuilt view keeps following new events.
        Response added = store().post("/store/carts/" + cartId + "/line-items", Map.of("variant_id", variant, "quantity", 1));
        assertThat(added.status()).as(added.body().toString()).isEqualTo(200);
        assertThat(store().get("/store/carts/" + cartId).body().at("/cart/version").asLong()).isEqualTo(version + 1);
    }

    private void awaitCaughtUp(String name) {
        await().atMost(Duration.ofSeconds(20)).until(() ->
                admin().get("/admin/projections/" + name).body().at("/projection/lag_events").asLong() == 0);
    }

    private void awaitRebuilt(String name) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode projection = admin().get("/admin/projections/" + name).body().at("/projection");
            assertThat(projection.at("/rebuild/status").asString()).as(projection.toString()).isEqualTo("completed");
        });
    }

    private List<Map<String, Object>> cartRows() {
        return jdbc.sql("SELECT id, document, version FROM cart_view ORDER BY id").query().listOfRows();
    }

    static JsonNode find(JsonNode projections, String name) {
        for (JsonNode projection : projections) {
            if (projection.path("name").asString().equals(name)) {
                return projection;
            }
        }
        throw new AssertionError("no projection " + name + " in " + projections);
    }
}
