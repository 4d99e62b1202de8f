package io.cartlog.command.cart;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RemoveLineItemCommand(
        @TargetAggregateIdentifier String cartId,
        @TargetAggregateVersion Long expectedVersion,
        String lineItemId) {
}
