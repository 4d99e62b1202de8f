package io.cartlog.queries.cart;

import io.cartlog.events.cart.CheckoutCart;

/** A cart's checkout snapshot at {@code version}; which variants are inventory-managed is left empty. */
public record CheckoutCartView(CheckoutCart cart, long version) {
}
