package io.cartlog.command.cart;

import io.cartlog.command.common.Patch;
import io.cartlog.events.cart.CartAddress;
import io.cartlog.events.cart.CartPromotion;
import io.cartlog.events.cart.CartRegion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Contact details (a null patch keeps a field) and, with {@code region}, a move to another region:
 * {@code prices} then holds the unit price there of each variant in the cart, and
 * {@code shippingOptionIds} the options the new region offers. With {@code salesChannelId}, a move
 * to that channel (one the key opens): {@code variantsInSalesChannel} then holds the cart's
 * variants the channel sells. {@code promotions}, when not null, become the cart's promotions
 * (Medusa's {@code promo_codes} on an update).
 */
public record UpdateCartCommand(
        @TargetAggregateIdentifier String cartId,
        @TargetAggregateVersion Long expectedVersion,
        Patch<String> email,
        Patch<String> customerId,
        Patch<CartAddress> shippingAddress,
        Patch<CartAddress> billingAddress,
        Patch<Map<String, Object>> metadata,
        CartRegion region,
        Map<String, Long> prices,
        Set<String> shippingOptionIds,
        String salesChannelId,
        Set<String> variantsInSalesChannel,
        List<CartPromotion> promotions) {
}
