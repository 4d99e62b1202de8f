package io.cartlog.command.shipping;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record DeleteShippingOptionCommand(
        @TargetAggregateIdentifier String shippingOptionId,
        @TargetAggregateVersion Long expectedVersion) {
}
