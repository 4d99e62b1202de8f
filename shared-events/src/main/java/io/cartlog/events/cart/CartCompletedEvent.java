package io.cartlog.events.cart;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/** The cart became an order; it never changes again. */
@PublicEvent("cart.completed")
@Revision("1")
public record CartCompletedEvent(String cartId, String checkoutId, String orderId) {
}
