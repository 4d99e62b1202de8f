package io.cartlog.command.product;

import io.cartlog.command.common.Patch;
import io.cartlog.events.product.PhysicalAttributes;

import java.math.BigDecimal;

/** Changes to the physical attributes of a product or variant. */
public record PhysicalPatch(
        Patch<BigDecimal> weight,
        Patch<BigDecimal> length,
        Patch<BigDecimal> height,
        Patch<BigDecimal> width,
        Patch<String> hsCode,
        Patch<String> originCountry,
        Patch<String> midCode,
        Patch<String> material) {

    PhysicalAttributes applyTo(PhysicalAttributes current) {
        return new PhysicalAttributes(
                Patch.apply(weight, current.weight()),
                Patch.apply(length, current.length()),
                Patch.apply(height, current.height()),
                Patch.apply(width, current.width()),
                Patch.apply(hsCode, current.hsCode()),
                Patch.apply(originCountry, current.originCountry()),
                Patch.apply(midCode, current.midCode()),
                Patch.apply(material, current.material()));
    }
}
