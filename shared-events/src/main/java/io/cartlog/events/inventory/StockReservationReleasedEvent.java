package io.cartlog.events.inventory;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/** A reservation given up: its {@code quantity} units are available again. */
@PublicEvent("inventory.stock_reservation_released")
@Revision("1")
public record StockReservationReleasedEvent(String variantId, String reservationId, long quantity) {
}
