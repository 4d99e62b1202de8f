package io.cartlog.command.product;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record DeleteProductCommand(
        @TargetAggregateIdentifier String productId,
        @TargetAggregateVersion Long expectedVersion) {
}
