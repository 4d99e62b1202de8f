package io.cartlog.command.product;

import io.cartlog.events.product.PhysicalAttributes;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Body of {@code POST /admin/products}, as Medusa v2's admin API names it. */
record CreateProductRequest(
        String title,
        String handle,
        String subtitle,
        String description,
        String status,
        String thumbnail,
        List<ImageDraft> images,
        List<OptionDraft> options,
        List<VariantDraft> variants,
        List<IdRef> categories,
        String collectionId,
        List<IdRef> salesChannels,
        Boolean discountable,
        Boolean isGiftcard,
        BigDecimal weight,
        BigDecimal length,
        BigDecimal height,
        BigDecimal width,
        String hsCode,
        String originCountry,
        String midCode,
        String material,
        String externalId,
        Map<String, Object> metadata) {

    CreateProductCommand toCommand(String productId) {
        return new CreateProductCommand(productId, title, handle, subtitle, description, status, thumbnail, images,
                options, variants, IdRef.ids(categories), collectionId, IdRef.ids(salesChannels), discountable,
                isGiftcard, new PhysicalAttributes(weight, length, height, width, hsCode, originCountry, midCode, material),
                externalId, metadata);
    }
}
