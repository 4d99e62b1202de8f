package io.cartlog.events.product;

import java.util.List;

/** An option such as "Size" and the values a variant may choose from. */
public record ProductOption(String id, String title, List<ProductOptionValue> values) {
}
