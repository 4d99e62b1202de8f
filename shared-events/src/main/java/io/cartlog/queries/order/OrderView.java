package io.cartlog.queries.order;

import io.cartlog.queries.cart.CartView.AddressView;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An order as Medusa v2's store API shows it, amounts in minor units. */
public record OrderView(
        String id,
        String status,
        long displayId,
        String cartId,
        String currencyCode,
        String regionId,
        String email,
        String customerId,
        String salesChannelId,
        String paymentStatus,
        String fulfillmentStatus,
        List<ItemView> items,
        List<ShippingMethodView> shippingMethods,
        AddressView shippingAddress,
        AddressView billingAddress,
        long total,
        long subtotal,
        long taxTotal,
        long discountTotal,
        long itemTotal,
        long itemSubtotal,
        long itemTaxTotal,
        long shippingTotal,
        long shippingSubtotal,
        long shippingTaxTotal,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public record ItemView(
            String id,
            String title,
            String thumbnail,
            String variantId,
            String productId,
            String productTitle,
            String productHandle,
            String variantSku,
            String variantTitle,
            long quantity,
            long unitPrice,
            long subtotal,
            long discountTotal,
            long taxTotal,
            long total,
            Map<String, Object> metadata) {
    }

    public record ShippingMethodView(
            String id,
            String shippingOptionId,
            String name,
            long amount,
            long subtotal,
            long discountTotal,
            long taxTotal,
            long total) {
    }
}
