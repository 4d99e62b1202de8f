package io.cartlog.command.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancels a requested return, so its items can be returned again; answers the order's version. */
public record CancelReturnCommand(@TargetAggregateIdentifier String orderId, String returnId) {
}
