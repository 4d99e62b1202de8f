package io.cartlog.events.cart;

import java.util.Map;

/**
 * A line as it was added: the variant's product data and its unit price (minor units, before
 * tax) as the catalog had them then, so the cart keeps its price while the catalog changes.
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
        Map<String, Object> metadata) {
}
