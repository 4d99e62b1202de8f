package io.cartlog.app.checkout;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.app.support.LocalStripe.Outcome;
import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Completing carts paid with Stripe (through stripe-java against the run's local Stripe): what the
 * PaymentIntent says when the shopper completes decides, and a refusal leaves the cart open to try again.
 */
class StripeCheckoutIT extends CartlogIT {

    @AfterEach
    void stripeAuthorizesAgain() {
        STRIPE.outcome = Outcome.AUTHORIZED;
    }

    @Test
    void aPaymentNeeding3dSecureIsAnsweredWithTheCartAndCompletesOnceTheShopperAuthenticated() {
        String cartId = readyCart(variant("classic-t-shirt"), 1, "pp_stripe_stripe");
        STRIPE.outcome = Outcome.REQUIRES_ACTION;

        Response first = complete(cartId, "key-3ds-1-" + cartId);

        assertRefused(first, cartId, "payment_requires_action");
        STRIPE.outcome = Outcome.AUTHORIZED;
        Response second = complete(cartId, "key-3ds-2-" + cartId);
        assertThat(second.text("/type")).as(second.body().toString()).isEqualTo("order");
        Map<String, Object> intent = STRIPE.intents.get(intentOf(second));
        assertThat(intent).containsEntry("status", "requires_capture")
                .containsEntry("amount", second.body().at("/order/total").asLong());
        Response replayed = complete(cartId, "key-3ds-1-" + cartId);
        assertThat(replayed.text("/type")).as("the first key replays its outcome").isEqualTo("cart");
        assertThat(replayed.body().at("/error")).isEqualTo(first.body().at("/error"));
    }

    @Test
    void aDeclinedCardLeavesTheCartOpenForAnotherPayment() {
        String cartId = readyCart(variant("classic-t-shirt"), 1, "pp_stripe_stripe");
        STRIPE.outcome = Outcome.DECLINED;

        Response declined = complete(cartId, "key-declined-" + cartId);

        assertRefused(declined, cartId, "payment_declined");
        Response changed = store().post("/store/carts/" + cartId, Map.of("email", "grace@example.test"));
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
    }

    @Test
    void aStripeOutageLeavesTheCartCompletableOnceStripeIsBack() {
        String cartId = readyCart(variant("classic-t-shirt"), 1, "pp_stripe_stripe");
        STRIPE.outcome = Outcome.OUTAGE;

        Response duringOutage = complete(cartId, "key-outage-1-" + cartId);

        assertRefused(duringOutage, cartId, "payment_provider_error");
        STRIPE.outcome = Outcome.AUTHORIZED;
        Response later = complete(cartId, "key-outage-2-" + cartId);
        assertThat(later.text("/type")).as(later.body().toString()).isEqualTo("order");
    }

    /** Medusa v2's answer to a refused payment: 200 with the still open cart and the error's code. */
    private void assertRefused(Response answer, String cartId, String code) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.text("/type")).isEqualTo("cart");
        assertThat(answer.text("/error/code")).isEqualTo(code);
        assertThat(answer.text("/cart/id")).isEqualTo(cartId);
        assertThat(store().get("/store/carts/" + cartId).body().at("/cart/completed_at").isNull()).isTrue();
    }

    private static String intentOf(Response order) {
        return order.text("/order/payment_collections/0/payment_sessions/0/data/id");
    }
}
