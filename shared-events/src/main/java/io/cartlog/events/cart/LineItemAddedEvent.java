package io.cartlog.events.cart;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/**
 * A new line. Revision 2 added the product's subtitle, description, collection, categories and
 * gift-card flag and the variant's barcode to the {@link CartLineItem}; {@link CartEventUpcasters}
 * reads revision 1 with them null.
 */
@PublicEvent("cart.line_item_added")
@Revision("2")
public record LineItemAddedEvent(String cartId, CartLineItem item) {
}
