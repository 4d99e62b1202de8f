package io.cartlog.command.product;

import io.cartlog.command.common.Patch;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;
import java.util.Map;

/** Attributes left null keep their current value; {@link Patch} ones may also be cleared. */
public record UpdateProductCommand(
        @TargetAggregateIdentifier String productId,
        @TargetAggregateVersion Long expectedVersion,
        String title,
        String handle,
        Patch<String> subtitle,
        Patch<String> description,
        String status,
        Patch<String> thumbnail,
        List<ImageDraft> images,
        List<OptionDraft> options,
        List<String> categoryIds,
        Patch<String> collectionId,
        List<String> salesChannelIds,
        Boolean discountable,
        Boolean isGiftcard,
        PhysicalPatch physical,
        Patch<String> externalId,
        Patch<Map<String, Object>> metadata) {
}
