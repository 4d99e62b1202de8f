package io.cartlog.queries.product;

/** A variant with what a cart needs of it and its product; answered with a {@link CartVariantView}. */
public record FindVariantQuery(String variantId) {
}
