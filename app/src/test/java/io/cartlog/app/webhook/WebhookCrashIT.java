package io.cartlog.app.webhook;

import io.cartlog.app.support.CartlogNode;
import io.cartlog.app.support.LocalStripe;
import io.cartlog.app.support.WebhookReceiver;
import io.cartlog.platform.testing.ApiClient;
import io.cartlog.platform.testing.ApiClient.Response;
import io.cartlog.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Cartlog killed while it delivers webhooks to a slow receiver, then started again on the same
 * database: every event still arrives, in order per cart; and a replay from the first event
 * delivers the whole history once more.
 */
class WebhookCrashIT {

    private static final String[] WEBHOOKS = {"--cartlog.webhooks.allow-private-targets=true",
            "--cartlog.webhooks.read-timeout=2s", "--cartlog.webhooks.connect-timeout=1s",
            "--cartlog.webhooks.retry-schedule=200ms,500ms,1s"};

    private final String database = PostgresTestDatabase.create();
    private final LocalStripe stripe = new LocalStripe();
    private final WebhookReceiver receiver = new WebhookReceiver().delaying(500);
    private CartlogNode node;

    @AfterEach
    void stop() {
        if (node != null) {
            node.close();
        }
        receiver.close();
        stripe.close();
    }

    @Test
    void aNodeKilledMidDeliveryLosesNothingAndReplayDeliversTheHistoryAgain() {
        node = CartlogNode.start("webhook-crash-node-1", database, stripe.url(), WEBHOOKS);
        Response subscribed = node.admin().post("/admin/webhooks", Map.of("url", receiver.url(),
                "event_types", List.of("cart.*")));
        assertThat(subscribed.status()).as(subscribed.body().toString()).isEqualTo(200);
        String webhookId = subscribed.text("/webhook/id");
        String variant = node.store().get("/store/products?handle=classic-t-shirt").text("/products/0/variants/0/id");
        List<String> carts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            carts.add(cartWithLines(node.store(), variant, 4));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.requests.size() >= 3);

        node.kill();
        assertThat(distinctIds()).as("delivered before the crash").hasSizeLessThan(20);

        node = CartlogNode.start("webhook-crash-node-2", database, stripe.url(), WEBHOOKS);
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(distinctIds()).hasSize(20));
        for (String cart : carts) {
            assertThat(receiver.acceptedFor(cart).stream().map(e -> e.at("/resource/version").asLong()).toList())
                    .as(cart).containsExactly(0L, 1L, 2L, 3L, 4L);
        }

        int before = receiver.accepted().size();
        Response replay = node.admin().post("/admin/webhooks/" + webhookId + "/replay", Map.of());
        assertThat(replay.status()).as(replay.body().toString()).isEqualTo(202);
        String replayId = replay.text("/replay/id");
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(node.admin()
                .get("/admin/webhooks/" + webhookId + "/deliveries?status=delivered&origin=" + replayId).body()
                .path("count").asInt()).isEqualTo(20));
        List<JsonNode> replayed = receiver.accepted().subList(before, receiver.accepted().size());
        assertThat(replayed.stream().map(e -> e.path("id").asString()).collect(Collectors.toSet()))
                .isEqualTo(distinctIds());
        assertThat(replayed).hasSize(20);
    }

    private Set<String> distinctIds() {
        return receiver.accepted().stream().map(e -> e.path("id").asString()).collect(Collectors.toSet());
    }

    private static String cartWithLines(ApiClient store, String variant, int lines) {
        String cartId = store.post("/store/carts", Map.of()).text("/cart/id");
        for (int i = 0; i < lines; i++) {
            Response added = store.post("/store/carts/" + cartId + "/line-items",
                    Map.of("variant_id", variant, "quantity", 1));
            assertThat(added.status()).as(added.body().toString()).isEqualTo(200);
        }
        return cartId;
    }
}
