package io.cartlog.command.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Gives a reservation's units back. A reservation that is not held (never made, already
 * released, or on a variant without an inventory item) changes nothing and succeeds, so a
 * compensation can always be sent, and sent again.
 */
public record ReleaseStockReservationCommand(@TargetAggregateIdentifier String variantId, String reservationId) {
}
