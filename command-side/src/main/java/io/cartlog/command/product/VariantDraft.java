package io.cartlog.command.product;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A new variant as a client sends it, alone ({@code POST /admin/products/{id}/variants}) or
 * within a new product. {@code options} maps each option's title to the chosen value;
 * {@code version}, the product version the client last read, counts only when the variant is the
 * whole request body.
 */
public record VariantDraft(
        String title,
        String sku,
        String barcode,
        String ean,
        String upc,
        Map<String, String> options,
        List<PriceDraft> prices,
        Boolean manageInventory,
        Boolean allowBackorder,
        BigDecimal inventoryQuantity,
        BigDecimal variantRank,
        BigDecimal weight,
        BigDecimal length,
        BigDecimal height,
        BigDecimal width,
        String hsCode,
        String originCountry,
        String midCode,
        String material,
        Map<String, Object> metadata,
        Long version) {
}
