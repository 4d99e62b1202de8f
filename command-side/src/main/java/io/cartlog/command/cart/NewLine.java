package io.cartlog.command.cart;

import io.cartlog.events.cart.CartLineItem;

/**
 * A line to add, priced as of now, and the most of its variant a cart may hold: the variant's
 * stock when it is inventory-managed without backorders, else null (no limit).
 */
public record NewLine(CartLineItem item, Long maxQuantity) {
}
