package io.cartlog.events.promotion;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A promotion code was created. {@code code} is upper-case; {@code type} is {@code percentage} or
 * {@code fixed} (then {@code value} is in minor units of {@code currencyCode}); {@code target} is
 * {@code items} or {@code shipping}; {@code status} is {@code active} or {@code inactive}.
 */
@PublicEvent("promotion.created")
@Revision("1")
public record PromotionCreatedEvent(
        String promotionId,
        String code,
        String type,
        String target,
        BigDecimal value,
        String currencyCode,
        Long minSubtotal,
        Instant startsAt,
        Instant endsAt,
        Long usageLimit,
        String status,
        Map<String, Object> metadata) {
}
