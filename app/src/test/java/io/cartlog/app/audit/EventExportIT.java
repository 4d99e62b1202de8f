package io.cartlog.app.audit;

import io.cartlog.app.order.PlacedOrderIT;
import io.cartlog.platform.audit.EventHashes;
import io.cartlog.platform.audit.StoredEvent;
import io.cartlog.platform.testing.ApiClient;
import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export writes most events straight from their stored JSON; the feed reads every event through
 * the upcasters into its class and writes that. Both must show the same events, field for field.
 */
class EventExportIT extends PlacedOrderIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private JdbcClient jdbc;
    @Value("${local.server.port}")
    private int port;

    @Test
    void theExportShowsEveryEventAsTheFeedDoes() throws Exception {
        String oldCart = shopping();

        Export export = export("");

        List<JsonNode> feed = feed("", export.head());
        assertThat(export.lines()).hasSameSizeAs(feed);
        for (int i = 0; i < feed.size(); i++) {
            assertThat(export.lines().get(i)).as("event at %s", feed.get(i).at("/position")).isEqualTo(feed.get(i));
        }
        assertThat(export.lines()).extracting(event -> event.at("/type").asString()).contains("product.created",
                "customer.created", "customer.address_added", "customer.password_reset_requested", "cart.created",
                "cart.line_item_added", "cart.line_item_quantity_changed", "cart.line_item_removed",
                "cart.promotion_applied", "cart.shipping_method_set", "payment_collection.created",
                "payment.authorized", "cart.completion_started", "order.placed", "cart.completed",
                "order.fulfillment_created", "payment.captured");
        assertThat(export.lines()).filteredOn(event -> event.at("/resource/id").asString().equals(oldCart))
                .extracting(event -> event.at("/stored_schema_version").asString() + "→"
                        + event.at("/schema_version").asString())
                .containsExactly("1→2", "1→2");
    }

    @Test
    void theExportFiltersByActorAsTheFeedDoes() throws Exception {
        shopping();

        Export export = export("?actor=customer:*");

        assertThat(export.lines()).isNotEmpty().isEqualTo(feed("&actor=customer:*", export.head()));
    }

    /**
     * Given: a product, a customer who registered, added an address and asked for a password reset,
     * a cart that changed its lines and was abandoned, a discounted order fulfilled and captured,
     * and a cart stored before revision 2 of the cart events. Answers that cart's id.
     */
    private String shopping() {
        String variant = adminVariant(Map.of("title", "Export tee " + UUID.randomUUID(), "status", "published",
                "metadata", Map.of("fabric", "cotton", "grams", 180, "ratio", 0.25, "tags", List.of("a", "b"))));
        customer();
        Response abandoned = store().post("/store/carts", Map.of("email", "ada@example.test",
                "items", List.of(Map.of("variant_id", variant, "quantity", 1)),
                "metadata", Map.of("gift", true, "note", "ring twice", "score", 1.5), "context", Map.of("ua", "test")));
        assertThat(abandoned.status()).as(abandoned.body().toString()).isEqualTo(200);
        String abandonedId = abandoned.text("/cart/id");
        String line = abandoned.text("/cart/items/0/id");
        assertThat(store().post("/store/carts/" + abandonedId + "/line-items/" + line, Map.of("quantity", 3)).status())
                .isEqualTo(200);
        assertThat(store().delete("/store/carts/" + abandonedId + "/line-items/" + line).status()).isEqualTo(200);

        String cartId = readyCart(variant("classic-t-shirt"), 2);
        Response discounted = store().post("/store/carts/" + cartId + "/promotions",
                Map.of("promo_codes", List.of("SUMMER25")));
        assertThat(discounted.status()).as(discounted.body().toString()).isEqualTo(200);
        Response completed = complete(cartId, "key-" + UUID.randomUUID());
        JsonNode order = completed.body().at("/order");
        assertThat(order.at("/id").isString()).as(completed.body().toString()).isTrue();
        Response fulfilled = act(order.at("/id").asString(), "fulfillments",
                Map.of("items", List.of(Map.of("id", order.at("/items/0/id").asString(), "quantity", 2))));
        assertThat(fulfilled.status()).as(fulfilled.body().toString()).isEqualTo(200);
        assertThat(capture(paymentId(order), Map.of()).status()).isEqualTo(200);
        return cartStoredAtRevision1(variant);
    }

    private void customer() {
        String email = "export-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        String registration = anonymous().post("/auth/customer/emailpass/register",
                Map.of("email", email, "password", "correct horse")).text("/token");
        assertThat(withToken(registration).post("/store/customers", Map.of("first_name", "Ada",
                "metadata", Map.of("vip", true))).status()).isEqualTo(200);
        String token = anonymous().post("/auth/customer/emailpass", Map.of("email", email, "password", "correct horse"))
                .text("/token");
        Response address = withToken(token).post("/store/customers/me/addresses", Map.of("address_name", "Home",
                "first_name", "Ada", "address_1", "Unter den Linden 1", "city", "Berlin", "country_code", "de",
                "postal_code", "10117"));
        assertThat(address.status()).as(address.body().toString()).isEqualTo(200);
        assertThat(anonymous().post("/auth/customer/emailpass/reset-password", Map.of("identifier", email)).status())
                .isBetween(200, 204);
    }

    private ApiClient withToken(String token) {
        return store().withHeader("Authorization", "Bearer " + token);
    }

    /** A cart created and a line added as Cartlog stored them before revision 2, hash-chained like any stream. */
    private String cartStoredAtRevision1(String variant) {
        String cartId = "cart_" + UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
        String channel = store().post("/store/carts", Map.of()).text("/cart/sales_channel_id");
        String previous = storeRevision1(EventHashes.GENESIS, cartId, 0, "CartCreatedEvent", """
                {"cartId": "%s", "region": {"regionId": "%s", "name": "Europe", "currencyCode": "eur", "taxRate": 19,
                 "automaticTaxes": true}, "salesChannelId": "%s", "email": "old@example.test", "customerId": null,
                 "shippingAddress": null, "billingAddress": null, "metadata": {"source": "v1"}}"""
                .formatted(cartId, region("Europe"), channel));
        storeRevision1(previous, cartId, 1, "LineItemAddedEvent", """
                {"cartId": "%s", "item": {"lineItemId": "cali_OLD", "variantId": "%s", "productId": "prod_OLD",
                 "title": "Old tee", "productTitle": "Old tee", "productHandle": "old-tee", "variantTitle": "S",
                 "variantSku": null, "thumbnail": null, "unitPrice": 1000, "quantity": 1, "metadata": null}}"""
                .formatted(cartId, variant));
        return cartId;
    }

    /** Stores the event at revision 1 after the stream's event hashed {@code previousHash}; answers its hash. */
    private String storeRevision1(String previousHash, String cartId, long sequence, String event, String payload) {
        StoredEvent row = new StoredEvent(UUID.randomUUID().toString(), cartId, sequence, "Cart",
                Instant.now().toString(), "io.cartlog.events.cart." + event, "1",
                payload.getBytes(StandardCharsets.UTF_8), "{\"actor\": \"customer:cus_OLD\"}".getBytes(StandardCharsets.UTF_8));
        String hash = EventHashes.hash(previousHash, row);
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data, event_hash)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(row.eventIdentifier(), row.aggregateIdentifier(), row.sequenceNumber(), row.type(),
                        row.timeStamp(), row.payloadType(), row.payloadRevision(), row.payload(), row.metaData(), hash)
                .update();
        return hash;
    }

    private record Export(List<JsonNode> lines, long head) {
    }

    private Export export(String query) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/admin/events/export" + query))
                .header("Authorization", "Bearer " + ADMIN_KEY).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return new Export(response.body().lines().map(JSON::readTree).toList(),
                Long.parseLong(response.headers().firstValue("X-Cartlog-Head").orElseThrow()));
    }

    /** The feed's events up to {@code head}, page after page. */
    private List<JsonNode> feed(String query, long head) {
        List<JsonNode> events = new ArrayList<>();
        String cursor = null;
        while (true) {
            Response page = admin().get("/admin/events?limit=1000" + query + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
            for (JsonNode event : page.body().at("/events")) {
                if (event.at("/position").asLong() <= head) {
                    events.add(event);
                }
            }
            cursor = page.text("/next_cursor");
            if (page.body().at("/position").asLong() >= head || !page.body().at("/has_more").asBoolean()) {
                return events;
            }
        }
    }
}
