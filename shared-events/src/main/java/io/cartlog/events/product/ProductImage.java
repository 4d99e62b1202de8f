package io.cartlog.events.product;

public record ProductImage(String id, String url) {
}
