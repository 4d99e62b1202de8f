package io.cartlog.command.product;

import io.cartlog.command.common.Patch;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Changes to a variant: absent attributes keep their value; {@link Patch} ones may be cleared
 * with null. {@code version} is the product version the client last read.
 */
public record VariantPatch(
        String title,
        Patch<String> sku,
        Patch<String> barcode,
        Patch<String> ean,
        Patch<String> upc,
        Map<String, String> options,
        List<PriceDraft> prices,
        Boolean manageInventory,
        Boolean allowBackorder,
        BigDecimal inventoryQuantity,
        BigDecimal variantRank,
        Patch<BigDecimal> weight,
        Patch<BigDecimal> length,
        Patch<BigDecimal> height,
        Patch<BigDecimal> width,
        Patch<String> hsCode,
        Patch<String> originCountry,
        Patch<String> midCode,
        Patch<String> material,
        Patch<Map<String, Object>> metadata,
        Long version) {

    PhysicalPatch physical() {
        return new PhysicalPatch(weight, length, height, width, hsCode, originCountry, midCode, material);
    }
}
