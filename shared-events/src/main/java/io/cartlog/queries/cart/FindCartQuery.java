package io.cartlog.queries.cart;

public record FindCartQuery(String cartId) {
}
