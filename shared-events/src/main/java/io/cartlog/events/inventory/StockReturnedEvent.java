package io.cartlog.events.inventory;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/** {@code quantity} units came back with a received return and are stocked again. Once per return. */
@PublicEvent("inventory.stock_returned")
@Revision("1")
public record StockReturnedEvent(String variantId, String returnId, long quantity) {
}
