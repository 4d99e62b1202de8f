package io.cartlog.command.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Closes an order whose every item is fulfilled; answers the order's version. */
public record CompleteOrderCommand(@TargetAggregateIdentifier String orderId,
                                   @TargetAggregateVersion Long expectedVersion) {
}
