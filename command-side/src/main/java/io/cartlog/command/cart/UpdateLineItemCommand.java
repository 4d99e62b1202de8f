package io.cartlog.command.cart;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.Map;

/** A line's new quantity (0 removes it) and metadata (null keeps it); {@code maxQuantity} as in {@link NewLine}. */
public record UpdateLineItemCommand(
        @TargetAggregateIdentifier String cartId,
        @TargetAggregateVersion Long expectedVersion,
        String lineItemId,
        Long quantity,
        Map<String, Object> metadata,
        Long maxQuantity) {
}
