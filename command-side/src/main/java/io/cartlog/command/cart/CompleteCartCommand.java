package io.cartlog.command.cart;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes the cart on the order its checkout placed; repeated, it changes nothing. */
public record CompleteCartCommand(@TargetAggregateIdentifier String cartId, String checkoutId, String orderId)
        implements CheckoutCommand {
}
