package io.cartlog.queries.cart;

/** The cart as a checkout would take it ({@link CheckoutCartView}). */
public record FindCheckoutCartQuery(String cartId) {
}
