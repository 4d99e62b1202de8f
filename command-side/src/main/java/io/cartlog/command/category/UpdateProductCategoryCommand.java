package io.cartlog.command.category;

import io.cartlog.command.common.Patch;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;
import java.util.Map;

/** Attributes left null keep their current value; {@link Patch} ones may also be cleared. */
public record UpdateProductCategoryCommand(
        @TargetAggregateIdentifier String categoryId,
        @TargetAggregateVersion Long expectedVersion,
        String name,
        String handle,
        Patch<String> description,
        Patch<String> parentCategoryId,
        Boolean isActive,
        Boolean isInternal,
        BigDecimal rank,
        Patch<Map<String, Object>> metadata) {
}
