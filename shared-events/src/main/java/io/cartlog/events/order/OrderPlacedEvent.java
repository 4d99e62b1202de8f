package io.cartlog.events.order;

import io.cartlog.events.cart.CheckoutCart;
import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/**
 * An order placed from a checked-out cart whose payment is authorized and stock reserved.
 *
 * @param displayId the store's running order number
 */
@PublicEvent("order.placed")
@Revision("1")
public record OrderPlacedEvent(
        String orderId,
        long displayId,
        String cartId,
        String checkoutId,
        CheckoutCart cart,
        String paymentCollectionId,
        String paymentId) {
}
