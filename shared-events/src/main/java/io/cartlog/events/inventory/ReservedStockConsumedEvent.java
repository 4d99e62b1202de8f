package io.cartlog.events.inventory;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/**
 * {@code quantity} units of a reservation left the shelf with an order's fulfillment: they are no
 * longer stocked nor reserved. Once per fulfillment and reservation.
 */
@PublicEvent("inventory.reserved_stock_consumed")
@Revision("1")
public record ReservedStockConsumedEvent(String variantId, String reservationId, String fulfillmentId, long quantity) {
}
