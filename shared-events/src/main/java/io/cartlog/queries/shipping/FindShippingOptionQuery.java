package io.cartlog.queries.shipping;

public record FindShippingOptionQuery(String shippingOptionId) {
}
