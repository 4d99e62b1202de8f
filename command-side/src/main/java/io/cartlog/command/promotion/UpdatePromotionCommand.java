package io.cartlog.command.promotion;

import io.cartlog.command.common.Patch;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** Attributes left null keep their current value; a {@link Patch} of null clears an optional one. */
public record UpdatePromotionCommand(
        @TargetAggregateIdentifier String promotionId,
        @TargetAggregateVersion Long expectedVersion,
        String code,
        String type,
        String target,
        BigDecimal value,
        Patch<String> currencyCode,
        Patch<BigDecimal> minSubtotal,
        Patch<Instant> startsAt,
        Patch<Instant> endsAt,
        Patch<Long> usageLimit,
        String status,
        Patch<Map<String, Object>> metadata) {
}
