package io.cartlog.query.product;

import io.cartlog.events.product.ProductVariant;
import io.cartlog.queries.product.CartVariantView;

import java.util.Optional;

/** A stored product's variant as a cart needs it. */
final class CartVariants {

    private CartVariants() {
    }

    static Optional<CartVariantView> of(ProductDocument product, long version, String variantId) {
        return product.variants().stream()
                .map(ProductDocument.VariantDocument::variant)
                .filter(variant -> variant.id().equals(variantId))
                .findFirst()
                .map(variant -> view(product, version, variant));
    }

    private static CartVariantView view(ProductDocument product, long version, ProductVariant variant) {
        return new CartVariantView(variant.id(), variant.title(), variant.sku(), product.id(), product.title(),
                product.handle(), product.status(), product.salesChannelIds(), product.thumbnail(),
                variant.prices().stream()
                        .map(price -> new CartVariantView.Price(price.currencyCode(), price.amount(), price.regionId()))
                        .toList(),
                variant.manageInventory(), variant.allowBackorder(), variant.inventoryQuantity(), version);
    }
}
