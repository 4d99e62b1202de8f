package io.cartlog.events.product;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/** Carries the variant as it is after the update. */
@PublicEvent("product.variant_updated")
@Revision("1")
public record ProductVariantUpdatedEvent(String productId, ProductVariant variant) {
}
