package io.cartlog.command.cart;

import io.cartlog.events.cart.CartPromotion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;

/** Adds promotions the controller found valid now to those the cart has. */
public record ApplyPromotionsCommand(
        @TargetAggregateIdentifier String cartId,
        @TargetAggregateVersion Long expectedVersion,
        List<CartPromotion> promotions) {
}
