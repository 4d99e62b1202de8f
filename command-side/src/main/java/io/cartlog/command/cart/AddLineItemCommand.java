package io.cartlog.command.cart;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Adds a line, or to the line of the same variant; {@code regionId} is the region its price is for. */
public record AddLineItemCommand(
        @TargetAggregateIdentifier String cartId,
        @TargetAggregateVersion Long expectedVersion,
        String regionId,
        NewLine line) {
}
