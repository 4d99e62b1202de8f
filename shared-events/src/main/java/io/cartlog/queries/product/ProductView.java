package io.cartlog.queries.product;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cartlog.queries.category.ProductCategoryView;
import io.cartlog.queries.collection.ProductCollectionView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A product as Medusa v2's APIs show it. The admin API shows every variant's {@code prices} and
 * the product's {@code sales_channels}; the store API shows neither, and instead a
 * {@code calculated_price} per variant when the request names a region or currency.
 */
public record ProductView(
        String id,
        String title,
        String subtitle,
        String description,
        String handle,
        String status,
        boolean isGiftcard,
        boolean discountable,
        String thumbnail,
        String collectionId,
        String typeId,
        BigDecimal weight,
        BigDecimal length,
        BigDecimal height,
        BigDecimal width,
        String hsCode,
        String originCountry,
        String midCode,
        String material,
        String externalId,
        Map<String, Object> metadata,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        List<VariantView> variants,
        Object type,
        ProductCollectionView collection,
        List<OptionView> options,
        List<Object> tags,
        List<ImageView> images,
        List<ProductCategoryView> categories,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<SalesChannelRef> salesChannels,
        long version) {

    public record VariantView(
            String id,
            String title,
            String sku,
            String barcode,
            String ean,
            String upc,
            boolean allowBackorder,
            boolean manageInventory,
            long inventoryQuantity,
            String hsCode,
            String originCountry,
            String midCode,
            String material,
            BigDecimal weight,
            BigDecimal length,
            BigDecimal height,
            BigDecimal width,
            Map<String, Object> metadata,
            int variantRank,
            String thumbnail,
            String productId,
            Instant createdAt,
            Instant updatedAt,
            Instant deletedAt,
            List<VariantOptionView> options,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<PriceView> prices,
            @JsonInclude(JsonInclude.Include.NON_NULL) CalculatedPriceView calculatedPrice) {
    }

    /** An option; nested in a variant's option value it comes without its values. */
    public record OptionView(
            String id,
            String title,
            boolean isExclusive,
            Map<String, Object> metadata,
            Instant createdAt,
            Instant updatedAt,
            Instant deletedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<OptionValueView> values) {
    }

    public record OptionValueView(
            String id,
            String value,
            Integer rank,
            Map<String, Object> metadata,
            String optionId,
            Instant createdAt,
            Instant updatedAt,
            Instant deletedAt) {
    }

    public record VariantOptionView(
            String id,
            String value,
            Integer rank,
            Map<String, Object> metadata,
            String optionId,
            OptionView option,
            Instant createdAt,
            Instant updatedAt,
            Instant deletedAt) {
    }

    public record ImageView(
            String id,
            String url,
            Map<String, Object> metadata,
            int rank,
            String productId,
            Instant createdAt,
            Instant updatedAt,
            Instant deletedAt) {
    }

    /** A price in minor units; a regional price names its region in {@code rules}, as Medusa does. */
    public record PriceView(
            String id,
            String currencyCode,
            long amount,
            Long minQuantity,
            Long maxQuantity,
            Map<String, String> rules) {
    }

    /** Medusa's priced-variant block, in minor units and without price lists or taxes. */
    public record CalculatedPriceView(
            String id,
            boolean isCalculatedPricePriceList,
            boolean isCalculatedPriceTaxInclusive,
            long calculatedAmount,
            RawAmount rawCalculatedAmount,
            boolean isOriginalPricePriceList,
            boolean isOriginalPriceTaxInclusive,
            long originalAmount,
            RawAmount rawOriginalAmount,
            String currencyCode,
            PriceRef calculatedPrice,
            PriceRef originalPrice) {
    }

    public record RawAmount(String value, int precision) {
    }

    public record PriceRef(String id, String priceListId, String priceListType, Long minQuantity, Long maxQuantity) {
    }

    public record SalesChannelRef(String id) {
    }
}
