package io.cartlog.query.product;

import io.cartlog.events.product.ProductVariant;
import io.cartlog.queries.product.CartVariantView;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A stored product's variant as a cart needs it. An inventory-managed variant's stock is what its
 * inventory item has available (stocked less reserved); without an item, the catalog's figure.
 */
final class CartVariants {

    private CartVariants() {
    }

    static Optional<CartVariantView> of(ProductDocument product, long version, String variantId, OptionalLong available) {
        return product.variants().stream()
                .map(ProductDocument.VariantDocument::variant)
                .filter(variant -> variant.id().equals(variantId))
                .findFirst()
                .map(variant -> view(product, version, variant, available));
    }

    private static CartVariantView view(ProductDocument product, long version, ProductVariant variant,
                                        OptionalLong available) {
        long stock = variant.manageInventory() ? available.orElse(variant.inventoryQuantity()) : variant.inventoryQuantity();
        return new CartVariantView(variant.id(), variant.title(), variant.sku(), product.id(), product.title(),
                product.handle(), product.status(), product.salesChannelIds(), product.thumbnail(),
                variant.prices().stream()
                        .map(price -> new CartVariantView.Price(price.currencyCode(), price.amount(), price.regionId()))
                        .toList(),
                variant.manageInventory(), variant.allowBackorder(), stock, version);
    }
}
