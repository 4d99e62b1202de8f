package io.cartlog.queries.cart;

import io.cartlog.queries.payment.PaymentCollectionView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A cart as Medusa v2's store API shows it, amounts in minor units; {@code paymentCollection} is null until one is created. */
public record CartView(
        String id,
        String currencyCode,
        String email,
        String regionId,
        String customerId,
        String salesChannelId,
        Map<String, Object> metadata,
        Instant createdAt,
        Instant updatedAt,
        Instant completedAt,
        List<LineItemView> items,
        List<ShippingMethodView> shippingMethods,
        AddressView shippingAddress,
        AddressView billingAddress,
        RegionRef region,
        List<PromotionView> promotions,
        long total,
        long subtotal,
        long taxTotal,
        long discountTotal,
        long itemDiscountTotal,
        long shippingDiscountTotal,
        long itemTotal,
        long itemSubtotal,
        long itemTaxTotal,
        long shippingTotal,
        long shippingSubtotal,
        long shippingTaxTotal,
        long version,
        PaymentCollectionView paymentCollection) {

    public record LineItemView(
            String id,
            String cartId,
            String title,
            String thumbnail,
            String variantId,
            String productId,
            String productTitle,
            String productHandle,
            String variantSku,
            String variantTitle,
            boolean requiresShipping,
            boolean isTaxInclusive,
            long quantity,
            long unitPrice,
            long subtotal,
            long discountTotal,
            long taxTotal,
            long total,
            List<TaxLineView> taxLines,
            List<Object> adjustments,
            Map<String, Object> metadata,
            Instant createdAt,
            Instant updatedAt) {
    }

    public record ShippingMethodView(
            String id,
            String cartId,
            String shippingOptionId,
            String name,
            long amount,
            boolean isTaxInclusive,
            long subtotal,
            long discountTotal,
            long taxTotal,
            long total,
            Map<String, Object> data,
            List<TaxLineView> taxLines,
            List<Object> adjustments,
            Instant createdAt,
            Instant updatedAt) {
    }

    /** The region's rate in percent, as Medusa's tax lines give it. */
    public record TaxLineView(BigDecimal rate, String code, String name) {
    }

    public record AddressView(
            String firstName,
            String lastName,
            String company,
            String address1,
            String address2,
            String city,
            String countryCode,
            String province,
            String postalCode,
            String phone,
            Map<String, Object> metadata) {
    }

    /** An applied promotion as Medusa shows it on a cart. */
    public record PromotionView(String id, String code, boolean isAutomatic, boolean isTaxInclusive,
                                ApplicationMethodView applicationMethod) {
    }

    /** {@code type} percentage or fixed, {@code targetType} items or shipping_methods. */
    public record ApplicationMethodView(BigDecimal value, String type, String targetType, String currencyCode) {
    }

    public record RegionRef(String id, String name, String currencyCode, boolean automaticTaxes) {
    }
}
