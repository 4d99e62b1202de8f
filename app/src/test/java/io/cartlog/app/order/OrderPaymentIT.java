package io.cartlog.app.order;

import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Capturing and refunding an order's payment through the admin payment routes (system provider). */
class OrderPaymentIT extends PlacedOrderIT {

    @Test
    void aPlacedOrderIsAuthorizedAndOwesItsTotal() {
        JsonNode order = placeOrder(variant("classic-t-shirt"), 1, "pp_system_default");
        long total = order.at("/total").asLong();

        assertThat(order.at("/payment_status").asString()).isEqualTo("authorized");
        assertThat(order.at("/payment_collections/0/authorized_amount").asLong()).isEqualTo(total);
        assertThat(order.at("/payment_collections/0/captured_amount").asLong()).isZero();
        assertThat(order.at("/summary/paid_total").asLong()).isZero();
        assertThat(order.at("/summary/pending_difference").asLong()).isEqualTo(total);
        assertThat(paymentId(order)).startsWith("pay_");
    }

    @Test
    void aCaptureTakesTheWholePaymentAndTheOrderShowsItPaid() {
        JsonNode placed = placeOrder(variant("classic-t-shirt"), 2, "pp_system_default");
        long total = placed.at("/total").asLong();

        Response captured = capture(paymentId(placed), Map.of());

        assertThat(captured.status()).as(captured.body().toString()).isEqualTo(200);
        assertThat(captured.text("/payment/id")).isEqualTo(paymentId(placed));
        assertThat(captured.body().at("/payment/captures/0/amount").asLong()).isEqualTo(total);
        assertThat(captured.body().at("/payment/captured_at").isNull()).isFalse();
        JsonNode order = order(placed.at("/id").asString());
        assertThat(order.at("/payment_status").asString()).isEqualTo("captured");
        assertThat(order.at("/payment_collections/0/status").asString()).isEqualTo("completed");
        assertThat(order.at("/payment_collections/0/captured_amount").asLong()).isEqualTo(total);
        assertThat(order.at("/summary/paid_total").asLong()).isEqualTo(total);
        assertThat(order.at("/summary/pending_difference").asLong()).isZero();
        assertThat(store().get("/store/orders/" + placed.at("/id").asString()).body().at("/order")).isEqualTo(order);
    }

    @Test
    void aPartialCaptureThenPartialAndFullRefunds() {
        JsonNode placed = placeOrder(variant("classic-t-shirt"), 2, "pp_system_default");
        String orderId = placed.at("/id").asString();
        String paymentId = paymentId(placed);
        long total = placed.at("/total").asLong();
        long taken = total - 100;

        assertThat(capture(paymentId, Map.of("amount", taken)).status()).isEqualTo(200);
        assertThat(order(orderId).at("/payment_status").asString()).isEqualTo("partially_captured");

        Response partly = refund(paymentId, 500);
        assertThat(partly.status()).as(partly.body().toString()).isEqualTo(200);
        assertThat(partly.body().at("/payment/refunds/0/amount").asLong()).isEqualTo(500);
        JsonNode afterPartial = order(orderId);
        assertThat(afterPartial.at("/payment_status").asString()).isEqualTo("partially_refunded");
        assertThat(afterPartial.at("/payment_collections/0/refunded_amount").asLong()).isEqualTo(500);
        assertThat(afterPartial.at("/summary/refunded_total").asLong()).isEqualTo(500);
        assertThat(afterPartial.at("/summary/pending_difference").asLong()).isEqualTo(total - taken + 500);

        assertError(refund(paymentId, taken - 499), 400, "invalid_data",
                "Invalid request: Field 'amount' must be between 1 and the " + (taken - 500)
                        + " captured and not refunded yet");
        assertThat(refund(paymentId, taken - 500).status()).isEqualTo(200);

        JsonNode refunded = order(orderId);
        assertThat(refunded.at("/payment_status").asString()).isEqualTo("refunded");
        assertThat(refunded.at("/summary/refunded_total").asLong()).isEqualTo(taken);
        assertThat(refunded.at("/payment_collections/0/payments/0/refunds")).hasSize(2);
    }

    @Test
    void aRefundRetriedWithItsIdempotencyKeyRefundsOnce() {
        JsonNode placed = placeOrder(variant("classic-t-shirt"), 1, "pp_system_default");
        String paymentId = paymentId(placed);
        capture(paymentId, Map.of());
        String key = "refund-" + UUID.randomUUID();

        Response first = admin().withHeader("Idempotency-Key", key)
                .post("/admin/payments/" + paymentId + "/refund", Map.of("amount", 300, "note", "Scratched"));
        Response retried = admin().withHeader("Idempotency-Key", key)
                .post("/admin/payments/" + paymentId + "/refund", Map.of("amount", 300, "note", "Scratched"));

        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(retried.body()).isEqualTo(first.body());
        assertThat(first.body().at("/payment/refunds")).hasSize(1);
        assertThat(first.text("/payment/refunds/0/note")).isEqualTo("Scratched");
        assertThat(order(placed.at("/id").asString()).at("/summary/refunded_total").asLong()).isEqualTo(300);
    }

    @Test
    void refusedCapturesAndRefundsChangeNothing() {
        JsonNode placed = placeOrder(variant("classic-t-shirt"), 1, "pp_system_default");
        String paymentId = paymentId(placed);
        long total = placed.at("/total").asLong();
        long version = placed.at("/payment_collections/0/version").asLong();

        assertError(refund(paymentId, 100), 400, "not_allowed",
                "Payment '" + paymentId + "' is not captured; there is nothing to refund");
        assertError(capture(paymentId, Map.of("amount", total + 1)), 400, "invalid_data",
                "Invalid request: Field 'amount' must be between 1 and the authorized " + total);
        assertError(capture(paymentId, Map.of("amount", "10")), 400, "invalid_data", null);
        assertError(admin().post("/admin/payments/" + paymentId + "/refund", Map.of("note", "x")), 400, "invalid_data",
                "Invalid request: Field 'amount' is required");
        assertError(admin().withHeader("If-Match", String.valueOf(version - 1))
                .post("/admin/payments/" + paymentId + "/capture", Map.of()), 409, "concurrent_modification", null);
        assertError(capture("pay_01JNOSUCHPAYMENT", Map.of()), 404, "not_found",
                "Payment with id 'pay_01JNOSUCHPAYMENT' was not found");
        assertThat(store().post("/admin/payments/" + paymentId + "/capture", Map.of()).status()).isEqualTo(401);
        assertThat(order(placed.at("/id").asString()).at("/payment_collections/0/version").asLong()).isEqualTo(version);

        assertThat(capture(paymentId, Map.of()).status()).isEqualTo(200);
        assertError(capture(paymentId, Map.of()), 400, "not_allowed", "Payment '" + paymentId + "' is already captured");
    }
}
