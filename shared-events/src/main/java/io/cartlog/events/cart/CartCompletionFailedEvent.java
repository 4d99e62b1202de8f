package io.cartlog.events.cart;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/**
 * The checkout attempt failed and was compensated (payment voided, stock released): the cart is
 * open again. {@code code} is the error the shopper sees, e.g. {@code insufficient_inventory}.
 */
@PublicEvent("cart.completion_failed")
@Revision("1")
public record CartCompletionFailedEvent(String cartId, String checkoutId, String code, String message) {
}
