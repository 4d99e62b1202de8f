package io.cartlog.app.audit;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.events.payment.PaymentSessionSelectedEvent;
import io.cartlog.platform.testing.ApiClient.Response;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What auditors read: one resource's events, the global feed behind a cursor, and the NDJSON export. */
class EventHistoryIT extends CartlogIT {

    @Autowired
    private EventStorageEngine storage;
    @Autowired
    private PlatformTransactionManager transactions;
    @Value("${local.server.port}")
    private int port;

    /** A cart with two lines, the second added twice: five events. */
    private String cartWithHistory() {
        String tee = variant("classic-t-shirt");
        Response created = store().post("/store/carts", Map.of("email", "ada@example.test"));
        String cartId = created.text("/cart/id");
        store().post("/store/carts/" + cartId + "/line-items", Map.of("variant_id", tee, "quantity", 1));
        store().post("/store/carts/" + cartId + "/line-items", Map.of("variant_id", tee, "quantity", 2));
        String lineId = store().get("/store/carts/" + cartId).text("/cart/items/0/id");
        store().post("/store/carts/" + cartId + "/line-items/" + lineId, Map.of("quantity", 5));
        store().post("/store/carts/" + cartId, Map.of("email", "grace@example.test"));
        return cartId;
    }

    @Test
    void aCartsEventsAreItsHistoryInOrderWithWhoCausedEach() {
        String cartId = cartWithHistory();

        Response events = admin().get("/admin/carts/" + cartId + "/events");

        assertThat(events.status()).as(events.body().toString()).isEqualTo(200);
        assertThat(events.text("/resource/type")).isEqualTo("cart");
        List<String> types = new ArrayList<>();
        long version = 0;
        for (JsonNode event : events.body().at("/events")) {
            assertThat(event.at("/resource/version").asLong()).isEqualTo(version++);
            assertThat(event.at("/resource/id").asString()).isEqualTo(cartId);
            assertThat(event.at("/schema_version").asString()).isNotEmpty();
            assertThat(event.at("/occurred_at").asString()).isNotEmpty();
            assertThat(event.at("/metadata/actor").asString()).isEqualTo("anonymous");
            assertThat(event.at("/metadata/request_id").asString()).startsWith("req_");
            assertThat(event.at("/metadata/api_key_id").asString()).startsWith("apk_");
            assertThat(event.at("/metadata/sales_channel_ids/0").asString()).startsWith("sc_");
            assertThat(event.at("/metadata/correlation_id").asString()).isNotEmpty();
            assertThat(event.at("/metadata/causation_id").asString()).isNotEmpty();
            types.add(event.at("/type").asString());
        }
        assertThat(types).containsExactly("cart.created", "cart.line_item_added", "cart.line_item_quantity_changed",
                "cart.line_item_quantity_changed", "cart.details_updated");
        assertThat(events.body().at("/events/1/payload/item/quantity").asLong()).isEqualTo(1);
        assertThat(events.body().at("/events/4/payload/email").asString()).isEqualTo("grace@example.test");
        assertThat(events.body().at("/has_more").asBoolean()).isFalse();
    }

    @Test
    void aStreamIsReadInPagesByVersion() {
        String cartId = cartWithHistory();

        Response page = admin().get("/admin/carts/" + cartId + "/events?after_version=1&limit=2");

        assertThat(page.body().at("/events")).hasSize(2);
        assertThat(page.body().at("/events/0/resource/version").asLong()).isEqualTo(2);
        assertThat(page.body().at("/has_more").asBoolean()).isTrue();
    }

    @Test
    void anUnknownOrMismatchedStreamIsNotFound() {
        String cartId = cartWithHistory();

        assertError(admin().get("/admin/carts/cart_missing/events"), 404, "cart_not_found", null);
        assertError(admin().get("/admin/orders/" + cartId + "/events"), 404, "order_not_found", null);
        assertError(admin().get("/admin/wishlists/" + cartId + "/events"), 404, "not_found", null);
        assertError(admin().get("/admin/carts/" + cartId + "/events?limit=0"), 400, "invalid_data", null);
        assertThat(store().get("/admin/carts/" + cartId + "/events").status()).isEqualTo(401);
    }

    @Test
    void theFeedFiltersByTypeAndResourceAndPagesWithACursor() {
        String cartId = cartWithHistory();
        List<Long> positions = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 10; page++) {
            Response response = admin().get("/admin/events?resource_id=" + cartId + "&type=cart.*&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
            response.body().at("/events").forEach(event -> positions.add(event.at("/position").asLong()));
            cursor = response.text("/next_cursor");
            if (!response.body().at("/has_more").asBoolean()) {
                break;
            }
        }

        assertThat(positions).hasSize(5).isSorted().doesNotHaveDuplicates();
        Response quantities = admin().get("/admin/events?resource_id=" + cartId
                + "&type=cart.line_item_quantity_changed&resource_type=cart");
        assertThat(quantities.body().at("/events")).hasSize(2);
        Response byAnotherActor = admin().get("/admin/events?resource_id=" + cartId + "&actor=admin");
        assertThat(byAnotherActor.body().at("/events")).isEmpty();
        Response byAnonymous = admin().get("/admin/events?resource_id=" + cartId + "&actor=anon*");
        assertThat(byAnonymous.body().at("/events")).hasSize(5);
    }

    @Test
    void theFeedRefusesWhatItCannotUnderstand() {
        assertError(admin().get("/admin/events?type=cart.exploded"), 400, "invalid_data",
                "Unknown event type 'cart.exploded'");
        assertError(admin().get("/admin/events?resource_type=wishlist"), 400, "invalid_data", null);
        assertError(admin().get("/admin/events?cursor=not-a-cursor"), 400, "invalid_data", null);
        assertError(admin().get("/admin/events?from=yesterday"), 400, "invalid_data", null);
        assertError(admin().get("/admin/events?limit=5000"), 400, "invalid_data", null);
        assertError(admin().get("/admin/events?after=-1"), 400, "invalid_data", null);
    }

    @Test
    void anEventThatCommitsAfterLaterOnesIsStillReadThroughTheCursor() throws Exception {
        String start = admin().get("/admin/events?after=" + head()).text("/next_cursor");
        String lateStream = "paycol_late_" + UUID.randomUUID();
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Takes its position now and commits only when released, after events with higher positions.
        CompletableFuture<Void> late = CompletableFuture.runAsync(() ->
                new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    storage.appendEvents(new GenericDomainEventMessage<>("PaymentCollection", lateStream, 0,
                            new PaymentSessionSelectedEvent(lateStream, "payses_late")));
                    appended.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();
        String cartId = cartWithHistory();

        Response before = admin().get("/admin/events?cursor=" + start + "&limit=1000");
        release.countDown();
        late.get(10, TimeUnit.SECONDS);
        Response after = admin().get("/admin/events?cursor=" + before.text("/next_cursor") + "&limit=1000");

        assertThat(streams(before)).contains(cartId).doesNotContain(lateStream);
        assertThat(streams(after)).contains(lateStream).doesNotContain(cartId);
    }

    @Test
    void theExportStreamsEveryMatchingEventAsOneJsonDocumentPerLine() throws Exception {
        String cartId = cartWithHistory();

        HttpResponse<String> export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/admin/events/export?resource_id=" + cartId))
                .header("Authorization", "Bearer " + ADMIN_KEY).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/x-ndjson"));
        List<String> lines = export.body().lines().toList();
        assertThat(lines).hasSize(5);
        JsonMapper json = JsonMapper.builder().build();
        assertThat(lines.stream().map(line -> json.readTree(line).at("/type").asString()).toList())
                .first().isEqualTo("cart.created");
        assertThat(export.body()).endsWith("\n");
    }

    private long head() {
        return admin().get("/admin/events?limit=1").body().at("/head").asLong();
    }

    private static List<String> streams(Response page) {
        List<String> streams = new ArrayList<>();
        page.body().at("/events").forEach(event -> streams.add(event.at("/resource/id").asString()));
        return streams;
    }
}
