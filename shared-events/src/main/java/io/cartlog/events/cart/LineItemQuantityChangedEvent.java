package io.cartlog.events.cart;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.Map;

/** A line's new quantity (at least 1) and metadata, both as they are after the change. */
@PublicEvent("cart.line_item_quantity_changed")
@Revision("1")
public record LineItemQuantityChangedEvent(String cartId, String lineItemId, long quantity, Map<String, Object> metadata) {
}
