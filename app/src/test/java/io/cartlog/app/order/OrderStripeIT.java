package io.cartlog.app.order;

import io.cartlog.app.support.LocalStripe;
import io.cartlog.command.payment.CapturePaymentCommand;
import io.cartlog.command.payment.RefundPaymentCommand;
import io.cartlog.platform.web.ApiException;
import io.cartlog.platform.testing.ApiClient.Response;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Captures, refunds and cancellations of orders paid with Stripe, through stripe-java against the local Stripe. */
class OrderStripeIT extends PlacedOrderIT {

    @Autowired
    private CommandGateway commands;

    private static String intentOf(JsonNode order) {
        return order.at("/payment_collections/0/payment_sessions/0/data/id").asString();
    }

    private static long requests(String request) {
        return STRIPE.requests.stream().filter(request::equals).count();
    }

    @Test
    void aCaptureAndARefundReachStripeOnceEachWhenTheirCommandsAreRetried() {
        JsonNode placed = placeOrder(variant("classic-t-shirt"), 1, "pp_stripe_stripe");
        String collectionId = placed.at("/payment_collections/0/id").asString();
        String paymentId = paymentId(placed);
        String intent = intentOf(placed);
        long total = placed.at("/total").asLong();
        long refundsBefore = requests("POST /v1/refunds");

        assertThat(capture(paymentId, Map.of()).status()).isEqualTo(200);
        assertThatThrownBy(() -> commands.sendAndWait(new CapturePaymentCommand(collectionId, null, paymentId, null)))
                .isInstanceOf(ApiException.class).hasMessage("Payment '" + paymentId + "' is already captured");
        RefundPaymentCommand refund = new RefundPaymentCommand(collectionId, null, paymentId, "ref_" + UUID.randomUUID(),
                500, "Scratched");
        commands.sendAndWait(refund);
        commands.sendAndWait(refund);

        assertThat(requests("POST /v1/payment_intents/" + intent + "/capture")).isEqualTo(1);
        assertThat(STRIPE.intents.get(intent)).containsEntry("status", "succeeded").containsEntry("amount_received", total);
        assertThat(requests("POST /v1/refunds")).isEqualTo(refundsBefore + 1);
        assertThat(STRIPE.refunds.values()).filteredOn(r -> intent.equals(r.get("payment_intent")))
                .singleElement().satisfies(r -> assertThat(r).containsEntry("amount", 500L));
        // Commands sent here do not wait for the views, as the routes do.
        JsonNode order = await().until(() -> order(placed.at("/id").asString()),
                shown -> shown.at("/payment_status").asString().equals("partially_refunded"));
        assertThat(order.at("/summary/refunded_total").asLong()).isEqualTo(500);
    }

    @Test
    void cancelingVoidsAnAuthorizedIntentAndRefundsACapturedOne() {
        JsonNode authorized = placeOrder(variant("classic-t-shirt"), 1, "pp_stripe_stripe");
        JsonNode captured = placeOrder(variant("classic-t-shirt"), 1, "pp_stripe_stripe");
        capture(paymentId(captured), Map.of());

        assertThat(act(authorized.at("/id").asString(), "cancel", Map.of()).text("/order/payment_status"))
                .isEqualTo("canceled");
        assertThat(act(captured.at("/id").asString(), "cancel", Map.of()).text("/order/payment_status"))
                .isEqualTo("refunded");

        assertThat(STRIPE.intents.get(intentOf(authorized))).containsEntry("status", "canceled");
        assertThat(STRIPE.refunds.values()).filteredOn(r -> intentOf(captured).equals(r.get("payment_intent")))
                .singleElement().satisfies(r -> assertThat(r).containsEntry("amount", captured.at("/total").asLong()));
    }

    @Test
    void aCancellationStripeCannotCarryOutIsUndoneWhole() {
        String variant = managedVariant(3);
        JsonNode placed = placeOrder(variant, 1, "pp_stripe_stripe");
        String orderId = placed.at("/id").asString();

        STRIPE.outcome = LocalStripe.Outcome.OUTAGE;
        Response refused;
        try {
            refused = act(orderId, "cancel", Map.of());
        } finally {
            STRIPE.outcome = LocalStripe.Outcome.AUTHORIZED;
        }

        assertError(refused, 502, "payment_provider_error", null);
        JsonNode unchanged = order(orderId);
        assertThat(unchanged.at("/status").asString()).isEqualTo("pending");
        assertThat(unchanged.at("/version").asLong()).isEqualTo(placed.at("/version").asLong());
        assertThat(unchanged.at("/payment_status").asString()).isEqualTo("authorized");
        assertThat(act(orderId, "cancel", Map.of()).text("/order/status")).isEqualTo("canceled");
    }
}
