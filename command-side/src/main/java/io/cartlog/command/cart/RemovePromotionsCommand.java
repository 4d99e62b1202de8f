package io.cartlog.command.cart;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;

/** Removes the applied promotions with these codes (case-insensitive); codes the cart does not have are ignored. */
public record RemovePromotionsCommand(
        @TargetAggregateIdentifier String cartId,
        @TargetAggregateVersion Long expectedVersion,
        List<String> codes) {
}
