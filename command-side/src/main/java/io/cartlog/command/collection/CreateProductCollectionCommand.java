package io.cartlog.command.collection;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Map;

public record CreateProductCollectionCommand(
        @TargetAggregateIdentifier String collectionId,
        String title,
        String handle,
        Map<String, Object> metadata) {
}
