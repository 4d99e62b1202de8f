package io.cartlog.app.order;

import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An order after placement through the admin order routes: cancel (stock back, payment voided or
 * refunded), fulfil, ship, deliver, complete, and every refusal, which changes nothing.
 */
class OrderLifecycleIT extends PlacedOrderIT {

    @Autowired
    private JdbcClient jdbc;

    /** Stocked and reserved units as the inventory view (what storefronts show as available) has them. */
    private List<Long> stock(String variantId) {
        return jdbc.sql("SELECT stocked_quantity, reserved_quantity FROM inventory_view WHERE variant_id = ?")
                .param(variantId)
                .query((rs, n) -> List.of(rs.getLong("stocked_quantity"), rs.getLong("reserved_quantity")))
                .single();
    }

    private static Map<String, Object> items(String itemId, long quantity) {
        return Map.of("items", List.of(Map.of("id", itemId, "quantity", quantity)));
    }

    @Test
    void cancelingAnAuthorizedOrderReleasesItsStockAndVoidsItsPayment() {
        String variant = managedVariant(5);
        JsonNode placed = placeOrder(variant, 2, "pp_system_default");
        String orderId = placed.at("/id").asString();
        await().until(() -> stock(variant).equals(List.of(5L, 2L)));

        Response canceled = act(orderId, "cancel", Map.of());

        assertThat(canceled.status()).as(canceled.body().toString()).isEqualTo(200);
        JsonNode order = canceled.body().at("/order");
        assertThat(order.at("/status").asString()).isEqualTo("canceled");
        assertThat(order.at("/canceled_at").isNull()).isFalse();
        assertThat(order.at("/payment_status").asString()).isEqualTo("canceled");
        assertThat(order.at("/payment_collections/0/status").asString()).isEqualTo("canceled");
        assertThat(order.at("/payment_collections/0/payments/0/canceled_at").isNull()).isFalse();
        assertThat(order.at("/summary/current_order_total").asLong()).isZero();
        assertThat(order.at("/summary/pending_difference").asLong()).isZero();
        assertThat(order(orderId)).isEqualTo(order);
        await().until(() -> stock(variant).equals(List.of(5L, 0L)));

        assertError(act(orderId, "cancel", Map.of()), 400, "not_allowed",
                "Order '" + orderId + "' is canceled and cannot be canceled");
        assertError(act(orderId, "fulfillments", items(order.at("/items/0/id").asString(), 1)), 400, "not_allowed",
                null);
        assertError(capture(paymentId(placed), Map.of()), 400, "not_allowed", null);
    }

    @Test
    void cancelingACapturedOrderRefundsWhatWasPaid() {
        JsonNode placed = placeOrder(variant("classic-t-shirt"), 1, "pp_system_default");
        long total = placed.at("/total").asLong();
        capture(paymentId(placed), Map.of());
        refund(paymentId(placed), 100);

        JsonNode order = act(placed.at("/id").asString(), "cancel", Map.of()).body().at("/order");

        assertThat(order.at("/status").asString()).isEqualTo("canceled");
        assertThat(order.at("/payment_status").asString()).isEqualTo("refunded");
        assertThat(order.at("/payment_collections/0/refunded_amount").asLong()).isEqualTo(total);
        assertThat(order.at("/payment_collections/0/payments/0/refunds/1/amount").asLong()).isEqualTo(total - 100);
        assertThat(order.at("/summary/transaction_total").asLong()).isZero();
        assertThat(order.at("/summary/pending_difference").asLong()).isZero();
    }

    @Test
    void anOrderIsFulfilledShippedDeliveredAndCompleted() {
        String variant = managedVariant(5);
        JsonNode placed = placeOrder(variant, 3, "pp_system_default");
        String orderId = placed.at("/id").asString();
        String itemId = placed.at("/items/0/id").asString();
        assertThat(placed.at("/fulfillment_status").asString()).isEqualTo("not_fulfilled");

        Response first = act(orderId, "fulfillments", items(itemId, 2));

        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        JsonNode partly = first.body().at("/order");
        assertThat(partly.at("/fulfillment_status").asString()).isEqualTo("partially_fulfilled");
        assertThat(partly.at("/items/0/detail/fulfilled_quantity").asLong()).isEqualTo(2);
        assertThat(partly.at("/fulfillments/0/items/0/line_item_id").asString()).isEqualTo(itemId);
        await().until(() -> stock(variant).equals(List.of(3L, 1L)));
        assertError(act(orderId, "complete", Map.of()), 400, "not_allowed",
                "Order '" + orderId + "' has items not fulfilled yet");
        assertError(act(orderId, "cancel", Map.of()), 400, "not_allowed",
                "Order '" + orderId + "' has fulfillments and cannot be canceled");
        assertError(act(orderId, "fulfillments", items(itemId, 2)), 400, "invalid_data",
                "Invalid request: Field 'items[0].quantity': item '" + itemId + "' has 1 left to fulfil, 2 requested");

        String key = "parcel-" + UUID.randomUUID();
        Response second = admin().withHeader("Idempotency-Key", key)
                .post("/admin/orders/" + orderId + "/fulfillments", items(itemId, 1));
        Response retried = admin().withHeader("Idempotency-Key", key)
                .post("/admin/orders/" + orderId + "/fulfillments", items(itemId, 1));
        assertThat(retried.body()).isEqualTo(second.body());
        JsonNode fulfilled = second.body().at("/order");
        assertThat(fulfilled.at("/fulfillments")).hasSize(2);
        assertThat(fulfilled.at("/fulfillment_status").asString()).isEqualTo("fulfilled");
        await().until(() -> stock(variant).equals(List.of(2L, 0L)));

        String parcel1 = fulfilled.at("/fulfillments/0/id").asString();
        String parcel2 = fulfilled.at("/fulfillments/1/id").asString();
        Response shipped = act(orderId, "fulfillments/" + parcel1 + "/shipments", Map.of("labels", List.of(
                Map.of("tracking_number", "1Z999", "tracking_url", "https://track.example/1Z999"))));
        assertThat(shipped.status()).as(shipped.body().toString()).isEqualTo(200);
        assertThat(shipped.body().at("/order/fulfillment_status").asString()).isEqualTo("partially_shipped");
        assertThat(shipped.text("/order/fulfillments/0/labels/0/tracking_number")).isEqualTo("1Z999");
        assertThat(shipped.body().at("/order/items/0/detail/shipped_quantity").asLong()).isEqualTo(2);
        assertError(act(orderId, "fulfillments/" + parcel1 + "/shipments", Map.of()), 400, "not_allowed",
                "Fulfillment '" + parcel1 + "' is already shipped");
        assertError(act(orderId, "fulfillments/" + parcel2 + "/mark-as-delivered", Map.of()), 400, "not_allowed",
                "Fulfillment '" + parcel2 + "' is not shipped yet");

        assertThat(act(orderId, "fulfillments/" + parcel2 + "/shipments", Map.of()).body()
                .at("/order/fulfillment_status").asString()).isEqualTo("shipped");
        assertThat(act(orderId, "fulfillments/" + parcel1 + "/mark-as-delivered", Map.of()).body()
                .at("/order/fulfillment_status").asString()).isEqualTo("partially_delivered");
        JsonNode delivered = act(orderId, "fulfillments/" + parcel2 + "/mark-as-delivered", Map.of()).body()
                .at("/order");
        assertThat(delivered.at("/fulfillment_status").asString()).isEqualTo("delivered");
        assertThat(delivered.at("/items/0/detail/delivered_quantity").asLong()).isEqualTo(3);

        Response completed = act(orderId, "complete", Map.of());
        assertThat(completed.status()).as(completed.body().toString()).isEqualTo(200);
        assertThat(completed.text("/order/status")).isEqualTo("completed");
        assertThat(store().get("/store/orders/" + orderId).text("/order/status")).isEqualTo("completed");
        assertError(act(orderId, "complete", Map.of()), 400, "not_allowed",
                "Order '" + orderId + "' is completed and cannot be completed");
        assertError(act(orderId, "cancel", Map.of()), 400, "not_allowed",
                "Order '" + orderId + "' is completed and cannot be canceled");
        assertError(act(orderId, "fulfillments/" + parcel2 + "/mark-as-delivered", Map.of()), 400, "not_allowed",
                "Fulfillment '" + parcel2 + "' is already delivered");
    }

    @Test
    void malformedOrUnknownRequestsAreRefusedAndChangeNothing() {
        JsonNode placed = placeOrder(variant("classic-t-shirt"), 1, "pp_system_default");
        String orderId = placed.at("/id").asString();
        String itemId = placed.at("/items/0/id").asString();
        long version = placed.at("/version").asLong();

        assertError(act("order_01JNOSUCHORDER", "cancel", Map.of()), 404, "not_found",
                "Order with id 'order_01JNOSUCHORDER' was not found");
        assertError(act("cart_01JNOTANORDER", "complete", Map.of()), 404, "not_found", null);
        assertError(act(orderId, "fulfillments/ful_01JNOSUCHPARCEL/shipments", Map.of()), 404, "not_found",
                "Fulfillment with id 'ful_01JNOSUCHPARCEL' was not found in order '" + orderId + "'");
        assertError(act(orderId, "fulfillments", Map.of()), 400, "invalid_data",
                "Invalid request: Field 'items' must list at least one item");
        assertError(act(orderId, "fulfillments", Map.of("items", List.of(Map.of("id", itemId, "quantity", "1")))),
                400, "invalid_data", null);
        assertError(act(orderId, "fulfillments", Map.of("items", "all")), 400, "invalid_data", null);
        assertError(act(orderId, "fulfillments", items("ordli_01JNOSUCHITEM", 1)), 400, "invalid_data",
                "Invalid request: Field 'items[0].id': order '" + orderId + "' has no item 'ordli_01JNOSUCHITEM'");
        assertError(act(orderId, "fulfillments", "{\"items\": ["), 400, "invalid_data", null);
        assertError(admin().withHeader("If-Match", String.valueOf(version + 1))
                .post("/admin/orders/" + orderId + "/cancel", Map.of()), 409, "concurrent_modification", null);
        assertThat(store().post("/admin/orders/" + orderId + "/cancel", Map.of()).status()).isEqualTo(401);

        JsonNode unchanged = order(orderId);
        assertThat(unchanged.at("/version").asLong()).isEqualTo(version);
        assertThat(unchanged.at("/status").asString()).isEqualTo("pending");
        assertThat(unchanged.at("/payment_status").asString()).isEqualTo("authorized");
    }
}
