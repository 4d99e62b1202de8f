package io.cartlog.command.promotion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** The flat model: {@code type} {@code percentage}/{@code fixed}, {@code target} {@code items}/{@code shipping}. */
public record CreatePromotionCommand(
        @TargetAggregateIdentifier String promotionId,
        String code,
        String type,
        String target,
        BigDecimal value,
        String currencyCode,
        BigDecimal minSubtotal,
        Instant startsAt,
        Instant endsAt,
        Long usageLimit,
        String status,
        Map<String, Object> metadata) {
}
