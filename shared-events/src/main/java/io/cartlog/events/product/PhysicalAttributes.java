package io.cartlog.events.product;

import java.math.BigDecimal;

/**
 * What Medusa's admin calls a product's or variant's "attributes": measures and customs codes,
 * all optional. Units are the merchant's (grams and millimetres by convention).
 */
public record PhysicalAttributes(
        BigDecimal weight,
        BigDecimal length,
        BigDecimal height,
        BigDecimal width,
        String hsCode,
        String originCountry,
        String midCode,
        String material) {

    public static final PhysicalAttributes NONE = new PhysicalAttributes(null, null, null, null, null, null, null, null);
}
