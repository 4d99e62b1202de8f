package io.cartlog.app.webhook;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.app.support.StandardWebhookVerifier;
import io.cartlog.app.support.WebhookReceiver;
import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Webhook subscriptions and their deliveries, to receivers on local ports. */
class WebhookIT extends CartlogIT {

    @Autowired
    private DataSource dataSource;
    private final List<WebhookReceiver> receivers = new ArrayList<>();
    private final List<String> subscriptions = new ArrayList<>();

    @AfterEach
    void unsubscribe() {
        subscriptions.forEach(id -> admin().delete("/admin/webhooks/" + id));
        receivers.forEach(WebhookReceiver::close);
    }

    private WebhookReceiver receiver() {
        WebhookReceiver receiver = new WebhookReceiver();
        receivers.add(receiver);
        return receiver;
    }

    private JsonNode subscribe(WebhookReceiver receiver, List<String> types) {
        Response created = admin().post("/admin/webhooks", Map.of("url", receiver.url(), "event_types", types,
                "description", "test"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        subscriptions.add(created.text("/webhook/id"));
        return created.body().path("webhook");
    }

    /** A cart with {@code lines} line items added one by one: 1 + lines events. */
    private String cartWithLines(int lines) {
        String cartId = store().post("/store/carts", Map.of("email", "hook@example.test")).text("/cart/id");
        String variant = variant("classic-t-shirt");
        for (int i = 0; i < lines; i++) {
            Response added = store().post("/store/carts/" + cartId + "/line-items",
                    Map.of("variant_id", variant, "quantity", 1));
            assertThat(added.status()).as(added.body().toString()).isEqualTo(200);
        }
        return cartId;
    }

    private static List<Long> versions(List<JsonNode> events) {
        return events.stream().map(event -> event.at("/resource/version").asLong()).toList();
    }

    @Test
    void aSubscriberGetsSignedEventsItCanVerifyWithTheDocumentedSnippet() throws Exception {
        WebhookReceiver receiver = receiver();
        JsonNode webhook = subscribe(receiver, List.of("cart.*"));
        assertThat(webhook.path("id").asString()).startsWith("wh_");
        assertThat(webhook.path("secret").asString()).startsWith("whsec_");
        assertThat(webhook.path("active").asBoolean()).isTrue();

        String cartId = cartWithLines(1);

        await().untilAsserted(() -> assertThat(receiver.acceptedFor(cartId)).hasSize(2));
        WebhookReceiver.Request request = receiver.requests.get(0);
        JsonNode created = request.json();
        assertThat(StandardWebhookVerifier.verify(webhook.path("secret").asString(), request.header("webhook-id"),
                request.header("webhook-timestamp"), request.header("webhook-signature"), request.body())).isTrue();
        assertThat(StandardWebhookVerifier.verify(webhook.path("secret").asString(), request.header("webhook-id"),
                request.header("webhook-timestamp"), request.header("webhook-signature"),
                request.body().replace(cartId, "cart_forged"))).isFalse();
        assertThat(request.header("webhook-id")).isEqualTo(created.path("id").asString()).startsWith("evt_");
        assertThat(created.path("type").asString()).isEqualTo("cart.created");
        assertThat(created.path("api_version").asString()).isNotBlank();
        assertThat(created.at("/resource/type").asString()).isEqualTo("cart");
        assertThat(created.at("/resource/version").asLong()).isZero();
        assertThat(created.at("/data/object/id").asString()).isEqualTo(cartId);
        assertThat(created.at("/data/object/email").asString()).isEqualTo("hook@example.test");
        assertThat(created.at("/data/change/event").asString()).isEqualTo("cart.created");

        JsonNode updated = receiver.acceptedFor(cartId).get(1);
        assertThat(updated.path("type").asString()).isEqualTo("cart.updated");
        assertThat(updated.at("/data/change/event").asString()).isEqualTo("cart.line_item_added");
        assertThat(updated.at("/data/object/items")).hasSize(1);
        assertThat(updated.at("/data/object/version").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void afterRotationBothSecretsVerifyUntilTheOverlapEnds() throws Exception {
        WebhookReceiver receiver = receiver();
        JsonNode webhook = subscribe(receiver, List.of("cart.created"));
        String oldSecret = webhook.path("secret").asString();
        Response rotated = admin().post("/admin/webhooks/" + webhook.path("id").asString() + "/rotate-secret", Map.of());
        String newSecret = rotated.text("/webhook/secret");
        assertThat(newSecret).isNotEqualTo(oldSecret).startsWith("whsec_");
        assertThat(rotated.text("/webhook/previous_secret_expires_at")).isNotBlank();

        String cartId = cartWithLines(0);

        await().untilAsserted(() -> assertThat(receiver.acceptedFor(cartId)).hasSize(1));
        WebhookReceiver.Request request = receiver.requests.get(0);
        for (String secret : List.of(oldSecret, newSecret)) {
            assertThat(StandardWebhookVerifier.verify(secret, request.header("webhook-id"),
                    request.header("webhook-timestamp"), request.header("webhook-signature"), request.body()))
                    .as(secret).isTrue();
        }
    }

    @Test
    void aReceiverThatFailsThreeTimesThenSucceedsGetsEveryEventInOrder() {
        WebhookReceiver receiver = receiver().answering(n -> n <= 3 ? 500 : 204);
        String webhookId = subscribe(receiver, List.of("cart.created", "cart.updated")).path("id").asString();

        String cartId = cartWithLines(3);

        await().untilAsserted(() -> assertThat(versions(receiver.acceptedFor(cartId))).containsExactly(0L, 1L, 2L, 3L));
        // Nothing of the cart was accepted out of order, duplicates included.
        List<Long> accepted = versions(receiver.accepted().stream()
                .filter(event -> event.at("/resource/id").asString().equals(cartId)).toList());
        assertThat(accepted).isSorted();
        JsonNode first = admin().get("/admin/webhooks/" + webhookId + "/deliveries?limit=10").body()
                .at("/deliveries").valueStream()
                .filter(delivery -> delivery.at("/resource/version").asLong() == 0).findFirst().orElseThrow();
        assertThat(first.path("status").asString()).isEqualTo("delivered");
        assertThat(first.path("attempts").asInt()).isEqualTo(4);
        assertThat(first.at("/attempt_log").valueStream().map(a -> a.path("status_code").asInt()).toList())
                .containsExactly(500, 500, 500, 204);
    }

    @Test
    void aDeadReceiverDoesNotHoldUpAHealthyOneAndItsDeadLetterCanBeRetried() {
        WebhookReceiver down = receiver().answering(n -> 503);
        WebhookReceiver healthy = receiver();
        String downId = subscribe(down, List.of("cart.*")).path("id").asString();
        subscribe(healthy, List.of("cart.*"));

        String cartId = cartWithLines(2);

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(versions(healthy.acceptedFor(cartId))).containsExactly(0L, 1L, 2L));
        // The first event dies after its retries; the later ones wait behind it, in order.
        await().untilAsserted(() -> assertThat(admin().get("/admin/webhooks/" + downId).body()
                .at("/webhook/failing").asBoolean()).isTrue());
        JsonNode dead = admin().get("/admin/webhooks/" + downId + "/deliveries?status=dead").body();
        assertThat(dead.path("count").asInt()).isEqualTo(1);
        assertThat(dead.at("/deliveries/0/resource/version").asLong()).isZero();
        assertThat(dead.at("/deliveries/0/attempts").asInt()).isEqualTo(5);
        assertThat(dead.at("/deliveries/0/last_status").asInt()).isEqualTo(503);
        assertThat(admin().get("/admin/webhooks/" + downId + "/deliveries?status=delivered").body()
                .path("count").asInt()).isZero();

        down.answering(n -> 204);
        Response retried = admin().post("/admin/webhooks/" + downId + "/deliveries/"
                + dead.at("/deliveries/0/id").asString() + "/retry", Map.of());
        assertThat(retried.status()).as(retried.body().toString()).isEqualTo(202);

        await().untilAsserted(() -> assertThat(versions(down.acceptedFor(cartId))).containsExactly(0L, 1L, 2L));
    }

    @Test
    void replayDeliversTheHistoryOfASubscriptionOncePerRequest() {
        Instant before = Instant.now();
        String cartId = cartWithLines(2);
        WebhookReceiver receiver = receiver();
        String webhookId = subscribe(receiver, List.of("cart.*")).path("id").asString();
        String otherCart = cartWithLines(0);
        await().untilAsserted(() -> assertThat(receiver.acceptedFor(otherCart)).hasSize(1));
        assertThat(receiver.acceptedFor(cartId)).isEmpty();

        // The cart's three events came just before the other cart's.
        long position = receiver.acceptedFor(otherCart).get(0).path("position").asLong();
        for (Map<String, Object> from : List.of(Map.<String, Object>of("from", before.toString()),
                Map.<String, Object>of("from_position", position - 10))) {
            Response replay = admin().post("/admin/webhooks/" + webhookId + "/replay", from);
            assertThat(replay.status()).as(replay.body().toString()).isEqualTo(202);
            assertThat(replay.text("/replay/id")).startsWith("whrpl_");
            assertThat(replay.body().at("/replay/to_position").asLong()).isGreaterThanOrEqualTo(position);
        }

        Map<String, Integer> received = new HashMap<>();
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
            received.clear();
            receiver.accepted().stream().filter(event -> event.at("/resource/id").asString().equals(cartId))
                    .forEach(event -> received.merge(event.path("id").asString(), 1, Integer::sum));
            assertThat(received).hasSize(3);
            assertThat(received.values()).containsOnly(2);
        });
    }

    @Test
    void aStreamsBacklogGoesOutInOrderAndAFailedEventHoldsTheRestUntilItsRetry() {
        // Given a cart's five events written before anyone subscribed, and a receiver failing its third request
        Instant before = Instant.now();
        String cartId = cartWithLines(4);
        WebhookReceiver receiver = receiver().answering(n -> n == 3 ? 500 : 204);
        String webhookId = subscribe(receiver, List.of("cart.*")).path("id").asString();

        // When they are replayed: one stream's deliveries, queued at once
        Response replay = admin().post("/admin/webhooks/" + webhookId + "/replay", Map.of("from", before.toString()));
        assertThat(replay.status()).as(replay.body().toString()).isEqualTo(202);

        // Then each arrives once, in order, the third after one failed attempt and nothing overtaking it
        await().untilAsserted(() -> assertThat(versions(receiver.acceptedFor(cartId)))
                .containsExactly(0L, 1L, 2L, 3L, 4L));
        assertThat(receiver.requests.stream().map(WebhookReceiver.Request::json)
                .map(event -> event.at("/resource/version").asLong()).toList())
                .containsExactly(0L, 1L, 2L, 2L, 3L, 4L);
        assertThat(receiver.acceptedFor(cartId)).allSatisfy(event ->
                assertThat(event.at("/data/object/version").asLong()).isEqualTo(4L));
        List<JsonNode> log = admin().get("/admin/webhooks/" + webhookId + "/deliveries?limit=10").body()
                .at("/deliveries").valueStream().toList();
        assertThat(log).hasSize(5).allSatisfy(delivery -> assertThat(delivery.path("status").asString())
                .isEqualTo("delivered"));
        assertThat(log.stream().sorted(Comparator.comparingLong(d -> d.at("/resource/version").asLong()))
                .map(d -> d.at("/attempt_log").valueStream().map(a -> a.path("status_code").asInt()).toList()))
                .containsExactly(List.of(204), List.of(204), List.of(500, 204), List.of(204), List.of(204));
    }

    @Test
    void aDeliveryHeldByAnotherTransactionHoldsUpNoOther() throws Exception {
        // Given a delivery waiting for its retry, its row held by another transaction
        WebhookReceiver failing = receiver().answering(n -> 503);
        String failingId = subscribe(failing, List.of("cart.created")).path("id").asString();
        cartWithLines(0);
        await().until(() -> !failing.requests.isEmpty());
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement hold = holder.prepareStatement("SELECT id FROM webhook_delivery "
                    + "WHERE subscription_id = ? AND status = 'pending' FOR UPDATE")) {
                hold.setString(1, failingId);
                try (ResultSet held = hold.executeQuery()) {
                    assertThat(held.next()).as("a pending delivery held").isTrue();
                }
            }

            // When another subscriber's event comes due while it is held
            WebhookReceiver healthy = receiver();
            subscribe(healthy, List.of("cart.*"));
            String cartId = cartWithLines(0);

            // Then it is delivered without waiting for the held one
            await().atMost(Duration.ofSeconds(5)).until(() -> !healthy.acceptedFor(cartId).isEmpty());
            holder.rollback();
        }
    }

    @Test
    void aDeletedSubscriptionReceivesNothingMore() throws InterruptedException {
        WebhookReceiver receiver = receiver().answering(n -> 503);
        String webhookId = subscribe(receiver, List.of("cart.*")).path("id").asString();
        cartWithLines(2);
        await().until(() -> !receiver.requests.isEmpty());

        Response deleted = admin().delete("/admin/webhooks/" + webhookId);
        assertThat(deleted.body().path("deleted").asBoolean()).isTrue();
        int received = receiver.requests.size();
        Thread.sleep(1500); // longer than the retry schedule's first pauses

        assertThat(receiver.requests).hasSize(received);
        assertError(admin().get("/admin/webhooks/" + webhookId), 404, "not_found", null);
    }

    @Test
    void badSubscriptionsAreRefusedAndChangeNothing() {
        long before = admin().get("/admin/webhooks").body().path("count").asLong();
        assertError(admin().post("/admin/webhooks", Map.of("url", "ftp://example.com/hook")), 400, "invalid_data", null);
        assertError(admin().post("/admin/webhooks", Map.of()), 400, "invalid_data", null);
        assertError(admin().post("/admin/webhooks", Map.of("url", "https://example.com/hook",
                "event_types", List.of("cart.exploded"))), 400, "invalid_data", null);
        assertError(admin().get("/admin/webhooks/wh_missing"), 404, "not_found", null);
        assertError(admin().post("/admin/webhooks/wh_missing/replay", Map.of()), 404, "not_found", null);
        assertThat(admin().get("/admin/webhooks").body().path("count").asLong()).isEqualTo(before);
        assertThat(store().get("/admin/webhooks").status()).isEqualTo(401);
    }
}
