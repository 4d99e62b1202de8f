package io.cartlog.events.inventory;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/** {@code quantity} units of the variant held for a cart's checkout until released (or, later, consumed). */
@PublicEvent("inventory.stock_reserved")
@Revision("1")
public record StockReservedEvent(String variantId, String reservationId, String cartId, long quantity) {
}
