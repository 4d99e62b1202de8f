package io.cartlog.queries.promotion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A promotion as the admin API shows it and as carts apply it.
 *
 * @param type           {@code percentage} (value is a percentage, e.g. 25) or {@code fixed}
 *                       (value is an amount in minor units of {@code currencyCode})
 * @param target         {@code items} or {@code shipping}
 * @param currencyCode   required for fixed amounts; a percentage applies in any currency when null
 * @param minSubtotal    minimum item subtotal (minor units of the cart's currency) for the code to apply; null = none
 * @param usageLimit     how many orders may use it; null = unlimited
 * @param usageCount     orders that used it so far
 * @param status         {@code active}, {@code inactive} or {@code deleted}
 */
public record PromotionView(
        String id,
        String code,
        String type,
        String target,
        BigDecimal value,
        String currencyCode,
        Long minSubtotal,
        Instant startsAt,
        Instant endsAt,
        Long usageLimit,
        long usageCount,
        String status,
        Map<String, Object> metadata,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
