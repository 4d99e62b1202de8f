package io.cartlog.command.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * {@code quantity} units of a reservation leave with an order's fulfillment. Once per fulfillment
 * and reservation; a reservation that is gone or holds less consumes what it holds.
 */
public record ConsumeReservedStockCommand(@TargetAggregateIdentifier String variantId, String reservationId,
                                          String fulfillmentId, long quantity) {
}
