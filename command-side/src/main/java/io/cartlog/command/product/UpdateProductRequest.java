package io.cartlog.command.product;

import io.cartlog.command.common.Patch;
import io.cartlog.platform.web.ApiException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /admin/products/{id}}: absent attributes keep their value; {@link Patch}
 * ones are cleared by {@code null}. Variants change through their own endpoints.
 */
record UpdateProductRequest(
        String title,
        String handle,
        Patch<String> subtitle,
        Patch<String> description,
        String status,
        Patch<String> thumbnail,
        List<ImageDraft> images,
        List<OptionDraft> options,
        List<Object> variants,
        List<IdRef> categories,
        Patch<String> collectionId,
        List<IdRef> salesChannels,
        Boolean discountable,
        Boolean isGiftcard,
        Patch<BigDecimal> weight,
        Patch<BigDecimal> length,
        Patch<BigDecimal> height,
        Patch<BigDecimal> width,
        Patch<String> hsCode,
        Patch<String> originCountry,
        Patch<String> midCode,
        Patch<String> material,
        Patch<String> externalId,
        Patch<Map<String, Object>> metadata,
        Long version) {

    UpdateProductCommand toCommand(String productId, Long expectedVersion) {
        if (variants != null) {
            throw ApiException.invalidData("Invalid request: Field 'variants' cannot be updated here; use "
                    + "/admin/products/" + productId + "/variants");
        }
        return new UpdateProductCommand(productId, expectedVersion, title, handle, subtitle, description, status,
                thumbnail, images, options, categories == null ? null : IdRef.ids(categories), collectionId,
                salesChannels == null ? null : IdRef.ids(salesChannels), discountable, isGiftcard,
                new PhysicalPatch(weight, length, height, width, hsCode, originCountry, midCode, material),
                externalId, metadata);
    }
}
