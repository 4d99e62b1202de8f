package io.cartlog.command.promotion;

import io.cartlog.command.common.Patch;
import io.cartlog.command.common.Require;
import io.cartlog.platform.web.ApiException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /admin/promotions} and {@code POST /admin/promotions/{id}} in Medusa v2's
 * shape: the discount is the nested {@code application_method}, mapped here to the aggregate's
 * flat model ({@code shipping_methods} becomes {@code shipping}). Medusa's {@code rules},
 * {@code campaign_id} and {@code is_automatic} are not supported yet and ignored as unknown
 * properties; {@code min_subtotal} and {@code usage_limit} are Cartlog's own.
 */
record PromotionRequest(
        String code,
        String type,
        String status,
        ApplicationMethodRequest applicationMethod,
        Patch<BigDecimal> minSubtotal,
        Patch<Instant> startsAt,
        Patch<Instant> endsAt,
        Patch<Long> usageLimit,
        Patch<Map<String, Object>> metadata,
        Long version) {

    private static final ApplicationMethodRequest NO_METHOD = new ApplicationMethodRequest(null, null, null, null);

    record ApplicationMethodRequest(String type, String targetType, BigDecimal value, Patch<String> currencyCode) {
    }

    CreatePromotionCommand toCreateCommand(String promotionId) {
        checkPromotionType();
        ApplicationMethodRequest method = applicationMethod == null ? NO_METHOD : applicationMethod;
        return new CreatePromotionCommand(promotionId, code, method.type(), target(method), method.value(),
                Patch.apply(method.currencyCode(), null), Patch.apply(minSubtotal, null), Patch.apply(startsAt, null),
                Patch.apply(endsAt, null), Patch.apply(usageLimit, null), status, Patch.apply(metadata, null));
    }

    UpdatePromotionCommand toUpdateCommand(String promotionId, Long expectedVersion) {
        checkPromotionType();
        ApplicationMethodRequest method = applicationMethod == null ? NO_METHOD : applicationMethod;
        return new UpdatePromotionCommand(promotionId, expectedVersion, code, method.type(), target(method),
                method.value(), method.currencyCode(), minSubtotal, startsAt, endsAt, usageLimit, status, metadata);
    }

    /** Medusa's {@code buyget} promotions need rules on items, which Cartlog does not model yet. */
    private void checkPromotionType() {
        if (type != null) {
            Require.oneOf("type", type, List.of("standard"));
        }
    }

    private static String target(ApplicationMethodRequest method) {
        if (method.targetType() == null) {
            return null;
        }
        return switch (method.targetType()) {
            case "items" -> "items";
            case "shipping_methods" -> "shipping";
            default -> throw ApiException.invalidData("Invalid request: Field 'application_method.target_type' must be one of "
                    + "[items, shipping_methods], got '" + method.targetType() + "'");
        };
    }
}
