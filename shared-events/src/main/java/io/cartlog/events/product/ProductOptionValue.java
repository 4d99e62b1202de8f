package io.cartlog.events.product;

public record ProductOptionValue(String id, String value) {
}
