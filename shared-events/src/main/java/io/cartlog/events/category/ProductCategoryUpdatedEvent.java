package io.cartlog.events.category;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.Map;

/** Carries the category's attributes as they are after the update. */
@PublicEvent("product_category.updated")
@Revision("1")
public record ProductCategoryUpdatedEvent(
        String categoryId,
        String name,
        String handle,
        String description,
        String parentCategoryId,
        boolean isActive,
        boolean isInternal,
        int rank,
        Map<String, Object> metadata) {
}
