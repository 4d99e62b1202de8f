package io.cartlog.events.product;

import java.util.List;
import java.util.Map;

/**
 * A variant as it is after the event that carries it.
 *
 * @param options           the value chosen for each of the product's options, keyed by option title
 * @param inventoryQuantity units in stock
 */
public record ProductVariant(
        String id,
        String title,
        String sku,
        String barcode,
        String ean,
        String upc,
        Map<String, String> options,
        List<VariantPrice> prices,
        boolean manageInventory,
        boolean allowBackorder,
        long inventoryQuantity,
        int variantRank,
        PhysicalAttributes physical,
        Map<String, Object> metadata) {
}
