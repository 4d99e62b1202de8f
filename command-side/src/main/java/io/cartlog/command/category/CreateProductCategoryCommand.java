package io.cartlog.command.category;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.Map;

public record CreateProductCategoryCommand(
        @TargetAggregateIdentifier String categoryId,
        String name,
        String handle,
        String description,
        String parentCategoryId,
        Boolean isActive,
        Boolean isInternal,
        BigDecimal rank,
        Map<String, Object> metadata) {
}
