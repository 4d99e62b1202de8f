package io.cartlog.events.product;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.Map;

/** Carries the product's attributes as they are after the update; its variants change through their own events. */
@PublicEvent("product.updated")
@Revision("1")
public record ProductUpdatedEvent(
        String productId,
        String title,
        String handle,
        String subtitle,
        String description,
        String status,
        String thumbnail,
        List<ProductImage> images,
        List<ProductOption> options,
        List<String> categoryIds,
        String collectionId,
        List<String> salesChannelIds,
        boolean discountable,
        boolean isGiftcard,
        PhysicalAttributes physical,
        String externalId,
        Map<String, Object> metadata) {
}
