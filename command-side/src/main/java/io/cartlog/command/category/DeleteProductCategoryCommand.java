package io.cartlog.command.category;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record DeleteProductCategoryCommand(
        @TargetAggregateIdentifier String categoryId,
        @TargetAggregateVersion Long expectedVersion) {
}
