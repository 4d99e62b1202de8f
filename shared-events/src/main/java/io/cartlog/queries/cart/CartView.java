package io.cartlog.queries.cart;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cartlog.events.cart.CartAddress;
import io.cartlog.queries.payment.PaymentCollectionView;
import io.cartlog.queries.region.RegionView.CountryView;

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

    /**
     * A line as Medusa v2 shows it. The product and variant fields are the catalog's as the line was
     * added; Cartlog has no product types, tags or compare-at prices, so those are always null or
     * empty. {@code variant} is not in Medusa's default cart fields but in what storefronts ask
     * for ({@code *items.variant}); Cartlog always shows it.
     */
    public record LineItemView(
            String id,
            String cartId,
            String title,
            String thumbnail,
            String variantId,
            String productId,
            String productTitle,
            String productDescription,
            String productSubtitle,
            String productType,
            String productTypeId,
            String productCollection,
            String productHandle,
            String variantSku,
            String variantBarcode,
            String variantTitle,
            boolean isGiftcard,
            boolean requiresShipping,
            boolean isTaxInclusive,
            long quantity,
            long unitPrice,
            Long compareAtUnitPrice,
            long subtotal,
            long discountTotal,
            long taxTotal,
            long total,
            List<TaxLineView> taxLines,
            List<LineAdjustmentView> adjustments,
            LineProductView product,
            LineVariantView variant,
            Map<String, Object> metadata,
            Instant createdAt,
            Instant updatedAt) {
    }

    /**
     * A promotion's part of a line's {@code discount_total}, in minor units; a line's adjustments add
     * up to its discount total. The id is derived from the line's and the promotion's, so it stays
     * the same while the promotion applies to the line.
     */
    public record LineAdjustmentView(String id, String itemId, String code, String promotionId, long amount,
                                     boolean isTaxInclusive) {
    }

    /** A promotion's part of a shipping method's {@code discount_total}, as {@link LineAdjustmentView}. */
    public record ShippingAdjustmentView(String id, String shippingMethodId, String code, String promotionId,
                                         long amount, boolean isTaxInclusive) {
    }

    /** The line's product as Medusa's default cart fields show it. */
    public record LineProductView(String id, String collectionId, String typeId, List<CategoryRef> categories,
                                  List<Object> tags) {
    }

    public record CategoryRef(String id) {
    }

    public record LineVariantView(String id, String title, String sku, String barcode, String productId) {
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
            List<ShippingAdjustmentView> adjustments,
            Instant createdAt,
            Instant updatedAt) {
    }

    /** The region's rate in percent, as Medusa's tax lines give it. */
    public record TaxLineView(BigDecimal rate, String code, String name) {
    }

    /** An address with Medusa's field names ({@code address_1}, not the default naming's {@code address1}). */
    public record AddressView(
            String firstName,
            String lastName,
            String company,
            @JsonProperty("address_1") String address1,
            @JsonProperty("address_2") String address2,
            String city,
            String countryCode,
            String province,
            String postalCode,
            String phone,
            Map<String, Object> metadata) {

        /** An address as an event carries it, for a view; null for none. */
        public static AddressView of(CartAddress address) {
            return address == null ? null : new AddressView(address.firstName(), address.lastName(),
                    address.company(), address.address1(), address.address2(), address.city(), address.countryCode(),
                    address.province(), address.postalCode(), address.phone(), address.metadata());
        }
    }

    /** An applied promotion as Medusa shows it on a cart. */
    public record PromotionView(String id, String code, boolean isAutomatic, boolean isTaxInclusive,
                                ApplicationMethodView applicationMethod) {
    }

    /** {@code type} percentage or fixed, {@code targetType} items or shipping_methods. */
    public record ApplicationMethodView(BigDecimal value, String type, String targetType, String currencyCode) {
    }

    /** The cart's region with its countries, as {@code /store/regions} shows them. */
    public record RegionRef(String id, String name, String currencyCode, boolean automaticTaxes,
                            List<CountryView> countries) {
    }
}
