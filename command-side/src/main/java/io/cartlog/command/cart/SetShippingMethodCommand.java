package io.cartlog.command.cart;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.Map;

/** A shipping method from an option of {@code regionId}, at the option's amount there. */
public record SetShippingMethodCommand(
        @TargetAggregateIdentifier String cartId,
        @TargetAggregateVersion Long expectedVersion,
        String regionId,
        String shippingMethodId,
        String shippingOptionId,
        String name,
        long amount,
        Map<String, Object> data) {
}
