package io.cartlog.events.cart;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

@PublicEvent("cart.shipping_method_removed")
@Revision("1")
public record ShippingMethodRemovedEvent(String cartId, String shippingMethodId) {
}
