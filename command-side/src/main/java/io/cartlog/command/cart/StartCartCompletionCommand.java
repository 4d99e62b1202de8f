package io.cartlog.command.cart;

import io.cartlog.events.cart.CheckoutCart;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Starts a checkout of {@code cart}, the cart as it is at {@code expectedVersion}; answers the new version. */
public record StartCartCompletionCommand(
        @TargetAggregateIdentifier String cartId,
        @TargetAggregateVersion long expectedVersion,
        String checkoutId,
        String idempotencyKey,
        String paymentCollectionId,
        CheckoutCart cart) implements CheckoutCommand {
}
