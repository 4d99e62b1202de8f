package io.cartlog.command.cart;

import io.cartlog.queries.product.CartVariantView;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.Map;

/**
 * Adds {@code quantity} of a variant as a new line {@code lineItemId}, or to the line of the same
 * variant. The cart prices the variant in its own region and checks it is sold in its sales
 * channel, so the controller need not read the cart first.
 */
public record AddLineItemCommand(
        @TargetAggregateIdentifier String cartId,
        @TargetAggregateVersion Long expectedVersion,
        String lineItemId,
        CartVariantView variant,
        long quantity,
        Map<String, Object> metadata) {
}
