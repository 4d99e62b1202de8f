package io.cartlog.command.category;

import io.cartlog.command.common.Patch;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Body of {@code POST /admin/product-categories} and {@code POST /admin/product-categories/{id}},
 * as Medusa's admin API names it; on update, {@code null} clears a {@link Patch} attribute.
 */
record ProductCategoryRequest(
        String name,
        String handle,
        Patch<String> description,
        Patch<String> parentCategoryId,
        Boolean isActive,
        Boolean isInternal,
        BigDecimal rank,
        Patch<Map<String, Object>> metadata,
        Long version) {

    CreateProductCategoryCommand toCreateCommand(String categoryId) {
        return new CreateProductCategoryCommand(categoryId, name, handle, Patch.apply(description, null),
                Patch.apply(parentCategoryId, null), isActive, isInternal, rank, Patch.apply(metadata, null));
    }

    UpdateProductCategoryCommand toUpdateCommand(String categoryId, Long expectedVersion) {
        return new UpdateProductCategoryCommand(categoryId, expectedVersion, name, handle, description,
                parentCategoryId, isActive, isInternal, rank, metadata);
    }
}
