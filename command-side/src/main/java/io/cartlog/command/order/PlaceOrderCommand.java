package io.cartlog.command.order;

import io.cartlog.events.cart.CheckoutCart;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Places the order of a checkout whose payment is authorized and stock reserved. */
public record PlaceOrderCommand(
        @TargetAggregateIdentifier String orderId,
        String cartId,
        String checkoutId,
        CheckoutCart cart,
        String paymentCollectionId,
        String paymentId) {
}
