package io.cartlog.query.product;

import io.cartlog.events.product.ProductVariant;
import io.cartlog.queries.product.CartVariantView;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A stored product's variant as a cart needs it. An inventory-managed variant's stock is what its
 * inventory item has available (stocked less reserved); without an item, the catalog's figure.
 */
final class CartVariants {

    private CartVariants() {
    }

    /** @param collectionTitles the title of a collection by id, empty when it is gone */
    static Optional<CartVariantView> of(ProductDocument product, long version, String variantId,
                                        Supplier<OptionalLong> available,
                                        Function<String, Optional<String>> collectionTitles) {
        return product.variants().stream()
                .map(ProductDocument.VariantDocument::variant)
                .filter(variant -> variant.id().equals(variantId))
                .findFirst()
                .map(variant -> view(product, version, variant, available, product.collectionId() == null ? null
                        : collectionTitles.apply(product.collectionId()).orElse(null)));
    }

    private static CartVariantView view(ProductDocument product, long version, ProductVariant variant,
                                        Supplier<OptionalLong> available, String collectionTitle) {
        long stock = variant.manageInventory() ? available.get().orElse(variant.inventoryQuantity())
                : variant.inventoryQuantity();
        return new CartVariantView(variant.id(), variant.title(), variant.sku(), variant.barcode(), product.id(),
                product.title(), product.handle(), product.subtitle(), product.description(), product.collectionId(),
                collectionTitle, product.categoryIds() == null ? List.of() : product.categoryIds(),
                product.isGiftcard(), product.status(), product.salesChannelIds(), product.thumbnail(),
                variant.prices().stream()
                        .map(price -> new CartVariantView.Price(price.currencyCode(), price.amount(), price.regionId()))
                        .toList(),
                variant.manageInventory(), variant.allowBackorder(), stock, version);
    }
}
