package io.cartlog.app.returns;

import io.cartlog.app.order.PlacedOrderIT;
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
 * Returns: a shopper asks to send fulfilled items back, staff receive them (stock comes back, the
 * payment is refunded through its provider) or cancel the return, and the order shows it all.
 */
class ReturnIT extends PlacedOrderIT {

    @Autowired
    private JdbcClient jdbc;

    private long stocked(String variantId) {
        return jdbc.sql("SELECT stocked_quantity FROM inventory_view WHERE variant_id = ?").param(variantId)
                .query(Long.class).single();
    }

    /** An order of {@code quantity} units of a new managed variant, captured and fulfilled in full. */
    private JsonNode fulfilledOrder(String variant, int quantity) {
        JsonNode placed = placeOrder(variant, quantity, "pp_system_default");
        capture(paymentId(placed), Map.of());
        Response fulfilled = act(placed.at("/id").asString(), "fulfillments", Map.of("items",
                List.of(Map.of("id", placed.at("/items/0/id").asString(), "quantity", quantity))));
        assertThat(fulfilled.status()).as(fulfilled.body().toString()).isEqualTo(200);
        return fulfilled.body().at("/order");
    }

    private String reason(String value) {
        JsonNode reasons = store().get("/store/return-reasons").body().at("/return_reasons");
        for (JsonNode reason : reasons) {
            if (value.equals(reason.at("/value").asString())) {
                return reason.at("/id").asString();
            }
        }
        throw new AssertionError("no return reason " + value);
    }

    private Response requestReturn(String orderId, String itemId, long quantity, Map<String, Object> extra) {
        Map<String, Object> item = new java.util.HashMap<>(Map.of("id", itemId, "quantity", quantity));
        item.putAll(extra);
        return store().post("/store/returns", Map.of("order_id", orderId, "items", List.of(item)));
    }

    @Test
    void aReturnIsRequestedReceivedRestockedAndRefunded() {
        String variant = managedVariant(5);
        JsonNode order = fulfilledOrder(variant, 3);
        String orderId = order.at("/id").asString();
        String itemId = order.at("/items/0/id").asString();
        long itemTotal = order.at("/items/0/total").asLong();
        String returnOption = order.at("/shipping_methods/0/shipping_option_id").asString();
        long returnShipping = order.at("/shipping_methods/0/amount").asLong();
        await().until(() -> stocked(variant) == 2);

        Response requested = store().post("/store/returns", Map.of("order_id", orderId,
                "items", List.of(Map.of("id", itemId, "quantity", 2, "reason_id", reason("wrong_size"),
                        "note", "Too small")),
                "return_shipping", Map.of("option_id", returnOption), "note", "Sent in the original box"));

        assertThat(requested.status()).as(requested.body().toString()).isEqualTo(200);
        JsonNode ret = requested.body().at("/return");
        String returnId = ret.at("/id").asString();
        long itemsRefund = itemTotal * 2 / 3;
        assertThat(returnId).startsWith("ret_");
        assertThat(ret.at("/status").asString()).isEqualTo("requested");
        assertThat(ret.at("/order_id").asString()).isEqualTo(orderId);
        assertThat(ret.at("/items/0/item_id").asString()).isEqualTo(itemId);
        assertThat(ret.at("/items/0/quantity").asLong()).isEqualTo(2);
        assertThat(ret.at("/items/0/received_quantity").asLong()).isZero();
        assertThat(ret.at("/items/0/reason_id").asString()).isEqualTo(reason("wrong_size"));
        assertThat(ret.at("/items/0/note").asString()).isEqualTo("Too small");
        assertThat(ret.at("/items/0/refund_amount").asLong()).isEqualTo(itemsRefund);
        assertThat(ret.at("/shipping_methods/0/amount").asLong()).isEqualTo(returnShipping);
        assertThat(ret.at("/refund_amount").asLong()).isEqualTo(itemsRefund - returnShipping);
        JsonNode requestedOrder = order(orderId);
        assertThat(requestedOrder.at("/items/0/detail/return_requested_quantity").asLong()).isEqualTo(2);
        assertThat(requestedOrder.at("/items/0/return_requested_total").asLong()).isEqualTo(itemsRefund);
        assertThat(requestedOrder.at("/return_requested_total").asLong()).isEqualTo(itemsRefund - returnShipping);
        assertThat(admin().get("/admin/returns/" + returnId).body().at("/return")).isEqualTo(ret);

        Response received = admin().post("/admin/returns/" + returnId + "/receive", Map.of());

        assertThat(received.status()).as(received.body().toString()).isEqualTo(200);
        long refund = itemsRefund - returnShipping;
        assertThat(received.body().at("/return/status").asString()).isEqualTo("received");
        assertThat(received.body().at("/return/items/0/received_quantity").asLong()).isEqualTo(2);
        assertThat(received.body().at("/return/received_at").isNull()).isFalse();
        JsonNode after = received.body().at("/order");
        assertThat(after.at("/items/0/detail/return_requested_quantity").asLong()).isZero();
        assertThat(after.at("/items/0/detail/return_received_quantity").asLong()).isEqualTo(2);
        assertThat(after.at("/return_received_total").asLong()).isEqualTo(refund);
        assertThat(after.at("/payment_status").asString()).isEqualTo("partially_refunded");
        assertThat(after.at("/payment_collections/0/payments/0/refunds/0/amount").asLong()).isEqualTo(refund);
        assertThat(after.at("/summary/refunded_total").asLong()).isEqualTo(refund);
        assertThat(after.at("/summary/current_order_total").asLong()).isEqualTo(order.at("/total").asLong() - refund);
        assertThat(after.at("/summary/pending_difference").asLong()).isZero();
        await().until(() -> stocked(variant) == 4);

        assertError(admin().post("/admin/returns/" + returnId + "/receive", Map.of()), 400, "not_allowed",
                "Return '" + returnId + "' is received and cannot be received");
        assertThat(order(orderId).at("/summary/refunded_total").asLong()).isEqualTo(refund);
    }

    @Test
    void returningEveryUnitInStepsRefundsExactlyWhatWasPaidForIt() {
        JsonNode order = fulfilledOrder(managedVariant(5), 3);
        String orderId = order.at("/id").asString();
        String itemId = order.at("/items/0/id").asString();

        for (int unit = 0; unit < 3; unit++) {
            String returnId = requestReturn(orderId, itemId, 1, Map.of()).text("/return/id");
            assertThat(admin().post("/admin/returns/" + returnId + "/receive", Map.of()).status()).isEqualTo(200);
        }

        JsonNode returned = order(orderId);
        assertThat(returned.at("/summary/refunded_total").asLong()).isEqualTo(order.at("/items/0/total").asLong());
        assertThat(returned.at("/items/0/return_received_total").asLong()).isEqualTo(order.at("/items/0/total").asLong());
        assertError(requestReturn(orderId, itemId, 1, Map.of()), 400, "invalid_data",
                "Invalid request: Field 'items[0].quantity': item '" + itemId
                        + "' has 0 fulfilled and not returned yet, 1 requested");
    }

    @Test
    void aCanceledReturnFreesItsItemsAndARetriedRequestIsOneReturn() {
        JsonNode order = fulfilledOrder(managedVariant(5), 2);
        String orderId = order.at("/id").asString();
        String itemId = order.at("/items/0/id").asString();
        String key = "return-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("order_id", orderId, "items", List.of(Map.of("id", itemId, "quantity", 2)));

        Response first = store().withHeader("Idempotency-Key", key).post("/store/returns", body);
        Response retried = store().withHeader("Idempotency-Key", key).post("/store/returns", body);

        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(retried.body()).isEqualTo(first.body());
        assertThat(admin().get("/admin/returns?order_id=" + orderId).body().at("/count").asLong()).isEqualTo(1);
        assertError(requestReturn(orderId, itemId, 1, Map.of()), 400, "invalid_data", null);

        String returnId = first.text("/return/id");
        Response canceled = admin().post("/admin/returns/" + returnId + "/cancel", Map.of());

        assertThat(canceled.status()).as(canceled.body().toString()).isEqualTo(200);
        assertThat(canceled.text("/return/status")).isEqualTo("canceled");
        assertThat(canceled.body().at("/return/canceled_at").isNull()).isFalse();
        assertThat(canceled.body().at("/order/items/0/detail/return_requested_quantity").asLong()).isZero();
        assertError(admin().post("/admin/returns/" + returnId + "/receive", Map.of()), 400, "not_allowed",
                "Return '" + returnId + "' is canceled and cannot be received");
        assertThat(requestReturn(orderId, itemId, 2, Map.of()).status()).isEqualTo(200);
    }

    @Test
    void badReturnRequestsAreRefusedAndChangeNothing() {
        String variant = managedVariant(5);
        JsonNode placed = placeOrder(variant, 2, "pp_system_default");
        String orderId = placed.at("/id").asString();
        String itemId = placed.at("/items/0/id").asString();
        long version = placed.at("/version").asLong();

        assertError(requestReturn(orderId, itemId, 1, Map.of()), 400, "invalid_data",
                "Invalid request: Field 'items[0].quantity': item '" + itemId
                        + "' has 0 fulfilled and not returned yet, 1 requested");
        assertError(store().post("/store/returns", Map.of("items", List.of())), 400, "invalid_data",
                "Invalid request: Field 'order_id' is required");
        assertError(store().post("/store/returns", Map.of("order_id", "order_01JNOSUCHORDER",
                "items", List.of(Map.of("id", itemId, "quantity", 1)))), 404, "not_found", null);
        assertError(store().post("/store/returns", Map.of("order_id", orderId)), 400, "invalid_data",
                "Invalid request: Field 'items' must list at least one item");
        assertError(requestReturn(orderId, "ordli_01JNOSUCHITEM", 1, Map.of()), 400, "invalid_data", null);
        assertError(requestReturn(orderId, itemId, 0, Map.of()), 400, "invalid_data",
                "Invalid request: Field 'items[0].quantity' must be at least 1");
        assertError(requestReturn(orderId, itemId, 1, Map.of("reason_id", "rr_01JNOSUCHREASON")), 400, "invalid_data",
                "Invalid request: Field 'items[0].reason_id': return reason 'rr_01JNOSUCHREASON' does not exist");
        assertError(store().post("/store/returns", Map.of("order_id", orderId, "items",
                        List.of(Map.of("id", itemId, "quantity", 1)), "return_shipping", Map.of("option_id", "so_01JNONE"))),
                400, "invalid_data", null);
        assertError(admin().post("/admin/returns/ret_01JNOSUCHRETURN/receive", Map.of()), 404, "not_found",
                "Return with id 'ret_01JNOSUCHRETURN' was not found");
        assertThat(store().post("/admin/returns/ret_01JNOSUCHRETURN/receive", Map.of()).status()).isEqualTo(401);
        assertThat(order(orderId).at("/version").asLong()).isEqualTo(version);
    }

    @Test
    void aReturnOfAnUncapturedPaymentIsNotReceivedUntilThePaymentIsCaptured() {
        String variant = managedVariant(5);
        JsonNode placed = placeOrder(variant, 1, "pp_system_default");
        String orderId = placed.at("/id").asString();
        String itemId = placed.at("/items/0/id").asString();
        act(orderId, "fulfillments", Map.of("items", List.of(Map.of("id", itemId, "quantity", 1))));
        String returnId = requestReturn(orderId, itemId, 1, Map.of()).text("/return/id");
        await().until(() -> stocked(variant) == 4);

        assertError(admin().post("/admin/returns/" + returnId + "/receive", Map.of()), 400, "not_allowed",
                "Payment '" + paymentId(placed) + "' is not captured; there is nothing to refund");
        assertThat(admin().get("/admin/returns/" + returnId).text("/return/status")).isEqualTo("requested");

        capture(paymentId(placed), Map.of());
        assertThat(admin().post("/admin/returns/" + returnId + "/receive", Map.of()).status()).isEqualTo(200);
        await().until(() -> stocked(variant) == 5);
    }
}
