package io.cartlog.command.shipping;

import io.cartlog.events.shipping.ShippingOptionType;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /admin/shipping-options} and {@code POST /admin/shipping-options/{id}}:
 * Medusa's fields, with {@code region_id} in place of service zones and shipping profiles.
 */
record ShippingOptionRequest(
        @Size(max = 255) String name,
        @Size(max = 64) String regionId,
        String priceType,
        BigDecimal amount,
        @Size(max = 100) List<ShippingOptionPriceInput> prices,
        ShippingOptionType type,
        @Size(max = 64) String providerId,
        Map<String, Object> data,
        Map<String, Object> metadata,
        @AssertFalse(message = "must be false: return shipping options are not supported yet") Boolean isReturn,
        Long version) {
}
