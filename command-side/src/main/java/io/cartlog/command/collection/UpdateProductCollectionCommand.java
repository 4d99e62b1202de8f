package io.cartlog.command.collection;

import io.cartlog.command.common.Patch;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.Map;

/** Attributes left null keep their current value; metadata may also be cleared. */
public record UpdateProductCollectionCommand(
        @TargetAggregateIdentifier String collectionId,
        @TargetAggregateVersion Long expectedVersion,
        String title,
        String handle,
        Patch<Map<String, Object>> metadata) {
}
