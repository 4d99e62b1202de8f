package io.cartlog.command.product;

import io.cartlog.queries.product.ProductView;

/** Medusa's answer to deleting a variant: the deletion and the product after it. */
record DeletedVariant(String id, String object, boolean deleted, ProductView parent) {
}
