package io.cartlog.events.cart;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

@PublicEvent("cart.line_item_added")
@Revision("1")
public record LineItemAddedEvent(String cartId, CartLineItem item) {
}
