package io.cartlog.command.cart;

import io.cartlog.command.common.Patch;
import io.cartlog.events.cart.CartAddress;

import java.util.List;
import java.util.Map;

/** Bodies of the store cart routes, as Medusa v2's store API names their fields. */
final class CartRequests {

    private CartRequests() {
    }

    /**
     * {@code POST /store/carts}; {@code country_code} and {@code context} as Medusa v1 takes them (a
     * country of the region, the shipping address's country when no address is given; the cart's
     * context, kept as sent).
     */
    record CreateCart(
            String regionId,
            String countryCode,
            String currencyCode,
            String email,
            String salesChannelId,
            List<Item> items,
            CartAddress shippingAddress,
            CartAddress billingAddress,
            Map<String, Object> metadata,
            List<String> promoCodes,
            Map<String, Object> context) {
    }

    /**
     * {@code POST /store/carts/{id}}: an absent field keeps its value, {@code null} clears it
     * ({@code region_id} and {@code sales_channel_id}: null keeps them too).
     */
    record UpdateCart(
            String regionId,
            String salesChannelId,
            Patch<String> email,
            Patch<String> customerId,
            Patch<CartAddress> shippingAddress,
            Patch<CartAddress> billingAddress,
            Patch<Map<String, Object>> metadata,
            List<String> promoCodes,
            Long version) {
    }

    /** An item of a new cart, and {@code POST /store/carts/{id}/line-items}. */
    record Item(String variantId, Long quantity, Map<String, Object> metadata, Long version) {
    }

    /** {@code POST /store/carts/{id}/line-items/{line_id}}. */
    record UpdateItem(Long quantity, Map<String, Object> metadata, Long version) {
    }

    /** {@code POST /store/carts/{id}/shipping-methods}. */
    record ShippingMethod(String optionId, Map<String, Object> data, Long version) {
    }

    /** {@code POST} and {@code DELETE /store/carts/{id}/promotions}. */
    record PromoCodes(List<String> promoCodes, Long version) {
    }
}
