package io.cartlog.command.cart;

import io.cartlog.events.cart.CartLineItem;
import io.cartlog.events.common.Ids;
import io.cartlog.platform.web.ApiException;
import io.cartlog.queries.product.CartVariantView;

import java.util.Map;

/**
 * A line to add, priced as of now, and the most of its variant a cart may hold: the variant's
 * stock when it is inventory-managed without backorders, else null (no limit).
 */
public record NewLine(CartLineItem item, Long maxQuantity) {

    /** A line {@code lineItemId} of {@code quantity} of the variant, priced in the region. */
    static NewLine priced(String lineItemId, CartVariantView variant, String regionId, String currencyCode,
                          long quantity, Map<String, Object> metadata) {
        long unitPrice = variant.priceIn(regionId, currencyCode)
                .orElseThrow(() -> ApiException.invalidData("Invalid request: Variant '" + variant.variantId()
                        + "' has no price in region '" + regionId + "'"));
        return new NewLine(new CartLineItem(lineItemId, variant.variantId(), variant.productId(),
                variant.productTitle(), variant.productTitle(), variant.productHandle(), variant.variantTitle(),
                variant.sku(), variant.thumbnail(), unitPrice, quantity, metadata, variant.productSubtitle(),
                variant.productDescription(), variant.collectionId(), variant.collectionTitle(),
                variant.categoryIds(), variant.isGiftcard(), variant.barcode()), maxQuantity(variant));
    }

    /** As {@link #priced(String, CartVariantView, String, String, long, Map)}, with a new line id. */
    static NewLine priced(CartVariantView variant, String regionId, String currencyCode, long quantity,
                          Map<String, Object> metadata) {
        return priced(Ids.next("cali"), variant, regionId, currencyCode, quantity, metadata);
    }

    static Long maxQuantity(CartVariantView variant) {
        return variant.manageInventory() && !variant.allowBackorder() ? variant.inventoryQuantity() : null;
    }

    static ApiException variantNotFound(String variantId) {
        return ApiException.notFound("variant_not_found", "Variant with id '" + variantId + "' not found");
    }
}
