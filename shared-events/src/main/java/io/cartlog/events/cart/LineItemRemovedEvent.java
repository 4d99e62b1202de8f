package io.cartlog.events.cart;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

@PublicEvent("cart.line_item_removed")
@Revision("1")
public record LineItemRemovedEvent(String cartId, String lineItemId) {
}
