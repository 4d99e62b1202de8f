package io.cartlog.queries.order;

public record FindOrderQuery(String orderId) {
}
