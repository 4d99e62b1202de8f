package io.cartlog.events.cart;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.Map;

/** A new cart; the items it was created with follow as {@link LineItemAddedEvent}s. */
@PublicEvent("cart.created")
@Revision("1")
public record CartCreatedEvent(
        String cartId,
        CartRegion region,
        String salesChannelId,
        String email,
        String customerId,
        CartAddress shippingAddress,
        CartAddress billingAddress,
        Map<String, Object> metadata) {
}
