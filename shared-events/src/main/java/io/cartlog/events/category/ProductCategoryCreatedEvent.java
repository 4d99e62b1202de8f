package io.cartlog.events.category;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.Map;

@PublicEvent("product_category.created")
@Revision("1")
public record ProductCategoryCreatedEvent(
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
