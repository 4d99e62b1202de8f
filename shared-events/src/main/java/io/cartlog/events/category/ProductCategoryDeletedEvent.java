package io.cartlog.events.category;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

@PublicEvent("product_category.deleted")
@Revision("1")
public record ProductCategoryDeletedEvent(String categoryId) {
}
