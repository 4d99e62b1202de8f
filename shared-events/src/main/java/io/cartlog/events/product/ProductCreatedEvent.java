package io.cartlog.events.product;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.Map;

/** A new product with the variants it was created with. */
@PublicEvent("product.created")
@Revision("1")
public record ProductCreatedEvent(
        String productId,
        String title,
        String handle,
        String subtitle,
        String description,
        String status,
        String thumbnail,
        List<ProductImage> images,
        List<ProductOption> options,
        List<ProductVariant> variants,
        List<String> categoryIds,
        String collectionId,
        List<String> salesChannelIds,
        boolean discountable,
        boolean isGiftcard,
        PhysicalAttributes physical,
        String externalId,
        Map<String, Object> metadata) {
}
