package io.cartlog.command.collection;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record DeleteProductCollectionCommand(
        @TargetAggregateIdentifier String collectionId,
        @TargetAggregateVersion Long expectedVersion) {
}
