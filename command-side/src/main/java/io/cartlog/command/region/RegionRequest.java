package io.cartlog.command.region;

import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Body of {@code POST /admin/regions} and {@code POST /admin/regions/{id}}, as Medusa's admin API names it. */
record RegionRequest(
        @Size(max = 255) String name,
        @Size(min = 3, max = 3) String currencyCode,
        @Size(max = 300) List<@Size(min = 2, max = 2) String> countries,
        BigDecimal taxRate,
        Boolean automaticTaxes,
        Map<String, Object> metadata,
        Long version) {
}
