package io.cartlog.events.cart;

import java.util.List;
import java.util.Map;

/**
 * A line as it was added: the variant's product data and its unit price (minor units, before
 * tax) as the catalog had them then, so the cart keeps its price while the catalog changes.
 * {@code productCollection} is the title of the product's collection, {@code productCategoryIds}
 * its categories' ids.
 * <p>
 * The fields from {@code productSubtitle} on came with revision 2 of {@link LineItemAddedEvent};
 * lines added before are read without them (null).
 */
public record CartLineItem(
        String lineItemId,
        String variantId,
        String productId,
        String title,
        String productTitle,
        String productHandle,
        String variantTitle,
        String variantSku,
        String thumbnail,
        long unitPrice,
        long quantity,
        Map<String, Object> metadata,
        String productSubtitle,
        String productDescription,
        String productCollectionId,
        String productCollection,
        List<String> productCategoryIds,
        Boolean isGiftcard,
        String variantBarcode) {

    /** A line with only the product data revision 1 carried. */
    public CartLineItem(String lineItemId, String variantId, String productId, String title, String productTitle,
                        String productHandle, String variantTitle, String variantSku, String thumbnail, long unitPrice,
                        long quantity, Map<String, Object> metadata) {
        this(lineItemId, variantId, productId, title, productTitle, productHandle, variantTitle, variantSku, thumbnail,
                unitPrice, quantity, metadata, null, null, null, null, null, null, null);
    }

    public CartLineItem withQuantity(long newQuantity, Map<String, Object> newMetadata) {
        return new CartLineItem(lineItemId, variantId, productId, title, productTitle, productHandle, variantTitle,
                variantSku, thumbnail, unitPrice, newQuantity, newMetadata, productSubtitle, productDescription,
                productCollectionId, productCollection, productCategoryIds, isGiftcard, variantBarcode);
    }

    public CartLineItem withUnitPrice(long newUnitPrice) {
        return new CartLineItem(lineItemId, variantId, productId, title, productTitle, productHandle, variantTitle,
                variantSku, thumbnail, newUnitPrice, quantity, metadata, productSubtitle, productDescription,
                productCollectionId, productCollection, productCategoryIds, isGiftcard, variantBarcode);
    }
}
