package io.cartlog.command.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Cancels an order that has nothing fulfilled, with its stock reservations released and its
 * payment voided or refunded in the same transaction ({@link OrderCancellation}); answers the
 * {@link OrderCancellation.Canceled} versions.
 */
public record CancelOrderCommand(@TargetAggregateIdentifier String orderId, Long expectedVersion) {
}
