package io.cartlog.events.product;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

@PublicEvent("product.variant_removed")
@Revision("1")
public record ProductVariantRemovedEvent(String productId, String variantId) {
}
