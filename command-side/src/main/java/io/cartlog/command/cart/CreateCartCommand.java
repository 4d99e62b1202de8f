package io.cartlog.command.cart;

import io.cartlog.events.cart.CartAddress;
import io.cartlog.events.cart.CartPromotion;
import io.cartlog.events.cart.CartRegion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.Map;

/**
 * A new cart, its items priced in {@code region} by the controller: one line per variant, then its
 * promotions. {@code customerId} is the logged-in customer's, who then owns the cart.
 */
public record CreateCartCommand(
        @TargetAggregateIdentifier String cartId,
        CartRegion region,
        String salesChannelId,
        String email,
        String customerId,
        CartAddress shippingAddress,
        CartAddress billingAddress,
        Map<String, Object> metadata,
        List<NewLine> items,
        List<CartPromotion> promotions,
        Map<String, Object> context) {
}
