package io.cartlog.queries.order;

/** The order a cart became, if it did. */
public record FindOrderByCartQuery(String cartId) {
}
