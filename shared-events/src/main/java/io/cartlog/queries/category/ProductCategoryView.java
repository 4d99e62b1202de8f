package io.cartlog.queries.category;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A product category as Medusa's store and admin APIs show it. Embedded in a product it comes
 * without its parent and children, which are then left out of the JSON.
 */
public record ProductCategoryView(
        String id,
        String name,
        String description,
        String handle,
        int rank,
        String parentCategoryId,
        boolean isActive,
        boolean isInternal,
        Map<String, Object> metadata,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) ProductCategoryView parentCategory,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ProductCategoryView> categoryChildren,
        long version) {
}
