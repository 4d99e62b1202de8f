package io.cartlog.events.product;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

@PublicEvent("product.deleted")
@Revision("1")
public record ProductDeletedEvent(String productId) {
}
