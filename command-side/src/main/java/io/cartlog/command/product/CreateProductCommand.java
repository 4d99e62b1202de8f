package io.cartlog.command.product;

import io.cartlog.events.product.PhysicalAttributes;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.Map;

/** A new product, unchecked: the aggregate validates and normalises every attribute. */
public record CreateProductCommand(
        @TargetAggregateIdentifier String productId,
        String title,
        String handle,
        String subtitle,
        String description,
        String status,
        String thumbnail,
        List<ImageDraft> images,
        List<OptionDraft> options,
        List<VariantDraft> variants,
        List<String> categoryIds,
        String collectionId,
        List<String> salesChannelIds,
        Boolean discountable,
        Boolean isGiftcard,
        PhysicalAttributes physical,
        String externalId,
        Map<String, Object> metadata) {
}
