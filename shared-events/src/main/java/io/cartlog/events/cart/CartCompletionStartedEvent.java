package io.cartlog.events.cart;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/**
 * The shopper asked to complete the cart: the checkout saga now authorizes the payment, reserves
 * stock and places the order. Until it ends the cart takes no other change.
 *
 * @param checkoutId     this attempt; the order placed from it is derived from it
 * @param idempotencyKey the key the request came with, so a retry replays this attempt's answer
 */
@PublicEvent("cart.completion_started")
@Revision("1")
public record CartCompletionStartedEvent(
        String cartId,
        String checkoutId,
        String idempotencyKey,
        String paymentCollectionId,
        CheckoutCart cart) {
}
