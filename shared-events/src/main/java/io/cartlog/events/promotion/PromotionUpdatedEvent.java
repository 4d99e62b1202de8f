package io.cartlog.events.promotion;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** Carries the promotion's attributes as they are after the update, as {@link PromotionCreatedEvent} does. */
@PublicEvent("promotion.updated")
@Revision("1")
public record PromotionUpdatedEvent(
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
