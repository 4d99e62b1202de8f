package io.cartlog.queries.product;

/** A product in any status, as the admin API shows it. */
public record FindProductQuery(String productId) {
}
