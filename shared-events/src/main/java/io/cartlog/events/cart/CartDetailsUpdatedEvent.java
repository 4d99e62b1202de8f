package io.cartlog.events.cart;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.Map;

/** The cart's contact details as they are after the change (null clears a field). */
@PublicEvent("cart.details_updated")
@Revision("1")
public record CartDetailsUpdatedEvent(
        String cartId,
        String email,
        String customerId,
        CartAddress shippingAddress,
        CartAddress billingAddress,
        Map<String, Object> metadata) {
}
