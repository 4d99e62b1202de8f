package io.cartlog.query.product;

import io.cartlog.events.product.PhysicalAttributes;
import io.cartlog.events.product.ProductCreatedEvent;
import io.cartlog.events.product.ProductImage;
import io.cartlog.events.product.ProductOption;
import io.cartlog.events.product.ProductUpdatedEvent;
import io.cartlog.events.product.ProductVariant;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A product as the product-view stores it ({@code product_view.document}): everything its events
 * said, with the times of its changes. Rendered into a {@code ProductView} per request, since the
 * prices shown depend on the region asked for.
 */
record ProductDocument(
        String id,
        String title,
        String handle,
        String subtitle,
        String description,
        String status,
        String thumbnail,
        List<ProductImage> images,
        List<ProductOption> options,
        List<VariantDocument> variants,
        List<String> categoryIds,
        String collectionId,
        List<String> salesChannelIds,
        boolean discountable,
        boolean isGiftcard,
        PhysicalAttributes physical,
        String externalId,
        Map<String, Object> metadata,
        Instant createdAt,
        Instant updatedAt) {

    record VariantDocument(ProductVariant variant, Instant createdAt, Instant updatedAt) {
    }

    static ProductDocument created(ProductCreatedEvent event, Instant at) {
        Instant when = millis(at);
        return new ProductDocument(event.productId(), event.title(), event.handle(), event.subtitle(),
                event.description(), event.status(), event.thumbnail(), event.images(), event.options(),
                event.variants().stream().map(variant -> new VariantDocument(variant, when, when)).toList(),
                event.categoryIds(), event.collectionId(), event.salesChannelIds(), event.discountable(),
                event.isGiftcard(), event.physical(), event.externalId(), event.metadata(), when, when);
    }

    ProductDocument updated(ProductUpdatedEvent event, Instant at) {
        return new ProductDocument(id, event.title(), event.handle(), event.subtitle(), event.description(),
                event.status(), event.thumbnail(), event.images(), event.options(), variants, event.categoryIds(),
                event.collectionId(), event.salesChannelIds(), event.discountable(), event.isGiftcard(),
                event.physical(), event.externalId(), event.metadata(), createdAt, millis(at));
    }

    /** With {@code variant} added, or replacing the variant with its id. */
    ProductDocument withVariant(ProductVariant variant, Instant at) {
        Instant when = millis(at);
        List<VariantDocument> changed = new ArrayList<>();
        boolean replaced = false;
        for (VariantDocument existing : variants) {
            if (existing.variant().id().equals(variant.id())) {
                changed.add(new VariantDocument(variant, existing.createdAt(), when));
                replaced = true;
            } else {
                changed.add(existing);
            }
        }
        if (!replaced) {
            changed.add(new VariantDocument(variant, when, when));
        }
        return withVariants(changed, when);
    }

    ProductDocument withoutVariant(String variantId, Instant at) {
        return withVariants(variants.stream().filter(existing -> !existing.variant().id().equals(variantId)).toList(),
                millis(at));
    }

    /** What {@code q} searches, lower-cased: titles, subtitle, description, handle and SKUs. */
    String searchText() {
        return Stream.concat(Stream.of(title, subtitle, description, handle),
                        variants.stream().flatMap(doc -> Stream.of(doc.variant().title(), doc.variant().sku())))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "))
                .toLowerCase(Locale.ROOT);
    }

    private ProductDocument withVariants(List<VariantDocument> changed, Instant when) {
        return new ProductDocument(id, title, handle, subtitle, description, status, thumbnail, images, options,
                changed, categoryIds, collectionId, salesChannelIds, discountable, isGiftcard, physical, externalId,
                metadata, createdAt, when);
    }

    private static Instant millis(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }
}
