package io.cartlog.queries.product;

import java.util.List;
import java.util.Optional;

/**
 * A variant as a cart prices and checks it: its product's title, status and sales channels (an
 * empty list: every channel), its prices and its stock; and the product data a cart line copies
 * ({@code collectionTitle} null when the product has no collection or it is gone).
 *
 * @param inventoryQuantity for an inventory-managed variant, the units available now (stocked less
 *                          what checkouts have reserved); otherwise the catalog's figure
 */
public record CartVariantView(
        String variantId,
        String variantTitle,
        String sku,
        String barcode,
        String productId,
        String productTitle,
        String productHandle,
        String productSubtitle,
        String productDescription,
        String collectionId,
        String collectionTitle,
        List<String> categoryIds,
        boolean isGiftcard,
        String productStatus,
        List<String> salesChannelIds,
        String thumbnail,
        List<Price> prices,
        boolean manageInventory,
        boolean allowBackorder,
        long inventoryQuantity,
        long version) {

    /** A price in minor units; with a region id it applies in that region only and wins there. */
    public record Price(String currencyCode, long amount, String regionId) {
    }

    /** The unit price in a region: its regional price, else its price in the region's currency. */
    public Optional<Long> priceIn(String regionId, String currencyCode) {
        return prices.stream().filter(price -> regionId.equals(price.regionId())).findFirst()
                .or(() -> prices.stream()
                        .filter(price -> price.regionId() == null && currencyCode.equals(price.currencyCode()))
                        .findFirst())
                .map(Price::amount);
    }

    public boolean availableIn(String salesChannelId) {
        return "published".equals(productStatus)
                && (salesChannelIds.isEmpty() || salesChannelId == null || salesChannelIds.contains(salesChannelId));
    }
}
