package io.cartlog.events.product;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

@PublicEvent("product.variant_added")
@Revision("1")
public record ProductVariantAddedEvent(String productId, ProductVariant variant) {
}
