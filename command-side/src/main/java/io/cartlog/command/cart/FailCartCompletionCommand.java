package io.cartlog.command.cart;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reopens the cart after its checkout was compensated; repeated, it changes nothing. */
public record FailCartCompletionCommand(@TargetAggregateIdentifier String cartId, String checkoutId, String code,
                                        String message) implements CheckoutCommand {
}
