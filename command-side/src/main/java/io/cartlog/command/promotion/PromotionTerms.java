package io.cartlog.command.promotion;

import io.cartlog.command.common.Require;
import io.cartlog.events.promotion.PromotionCreatedEvent;
import io.cartlog.events.promotion.PromotionUpdatedEvent;
import io.cartlog.platform.web.ApiException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A promotion's attributes, checked together because the rules relate them: a fixed amount needs
 * a currency, the end follows the start. Field names in refusals are the admin API's.
 */
record PromotionTerms(String code, String type, String target, BigDecimal value, String currencyCode, Long minSubtotal,
                      Instant startsAt, Instant endsAt, Long usageLimit, String status, Map<String, Object> metadata) {

    private static final int MAX_CODE = 64;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]+");
    /** Finer percentages than 0.0001 % discount nothing a cent can show. */
    private static final int MAX_PERCENTAGE_DECIMALS = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Whole digits of the largest amount a {@code long} of minor units holds. */
    private static final int MAX_DIGITS = 18;

    /** Checks and normalizes: the code upper-case, the value without trailing zeros, status {@code active} when absent. */
    static PromotionTerms checked(String code, String type, String target, BigDecimal value, String currencyCode,
                                  BigDecimal minSubtotal, Instant startsAt, Instant endsAt, Long usageLimit, String status,
                                  Map<String, Object> metadata) {
        String checkedType = Require.oneOf("application_method.type", type, List.of("percentage", "fixed"));
        String currency = currencyCode == null ? null : Require.currencyCode("application_method.currency_code", currencyCode);
        if (checkedType.equals("fixed") && currency == null) {
            throw ApiException.invalidData("Invalid request: Field 'application_method.currency_code' is required for a fixed amount");
        }
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            throw ApiException.invalidData("Invalid request: Field 'ends_at' must be after 'starts_at'");
        }
        if (usageLimit != null && usageLimit < 1) {
            throw ApiException.invalidData("Invalid request: Field 'usage_limit' must be at least 1");
        }
        return new PromotionTerms(code(code), checkedType,
                Require.oneOf("application_method.target_type", target, List.of("items", "shipping")),
                checkedType.equals("fixed") ? fixedAmount(value) : percentage(value), currency,
                minSubtotal == null ? null : Require.minorUnits("min_subtotal", minSubtotal), startsAt, endsAt, usageLimit,
                status == null ? "active" : Require.oneOf("status", status, List.of("active", "inactive")), metadata);
    }

    static PromotionTerms of(PromotionCreatedEvent event) {
        return new PromotionTerms(event.code(), event.type(), event.target(), event.value(), event.currencyCode(),
                event.minSubtotal(), event.startsAt(), event.endsAt(), event.usageLimit(), event.status(), event.metadata());
    }

    static PromotionTerms of(PromotionUpdatedEvent event) {
        return new PromotionTerms(event.code(), event.type(), event.target(), event.value(), event.currencyCode(),
                event.minSubtotal(), event.startsAt(), event.endsAt(), event.usageLimit(), event.status(), event.metadata());
    }

    PromotionCreatedEvent created(String promotionId) {
        return new PromotionCreatedEvent(promotionId, code, type, target, value, currencyCode, minSubtotal, startsAt, endsAt,
                usageLimit, status, metadata);
    }

    PromotionUpdatedEvent updated(String promotionId) {
        return new PromotionUpdatedEvent(promotionId, code, type, target, value, currencyCode, minSubtotal, startsAt, endsAt,
                usageLimit, status, metadata);
    }

    private static String code(String code) {
        String trimmed = Require.maxLength("code", Require.text("code", code), MAX_CODE);
        if (!CODE.matcher(trimmed).matches()) {
            throw ApiException.invalidData("Invalid request: Field 'code' must consist of letters, digits, '_' and '-', got '"
                    + trimmed + "'");
        }
        return trimmed.toUpperCase(Locale.ROOT);
    }

    private static BigDecimal percentage(BigDecimal value) {
        BigDecimal plain = plain(value);
        if (plain.signum() <= 0 || plain.compareTo(HUNDRED) > 0) {
            throw ApiException.invalidData("Invalid request: Field 'application_method.value' must be more than 0 and at most 100");
        }
        if (plain.scale() > MAX_PERCENTAGE_DECIMALS) {
            throw ApiException.invalidData("Invalid request: Field 'application_method.value' must have at most "
                    + MAX_PERCENTAGE_DECIMALS + " decimal places");
        }
        return plain;
    }

    /** Whole minor units, so that {@code 10.5} cents is refused rather than rounded. */
    private static BigDecimal fixedAmount(BigDecimal value) {
        BigDecimal plain = plain(value);
        if (plain.scale() > 0) {
            throw ApiException.invalidData("Invalid request: Field 'application_method.value' must be a whole number of "
                    + "minor units");
        }
        if (plain.signum() <= 0) {
            throw ApiException.invalidData("Invalid request: Field 'application_method.value' must be more than 0");
        }
        return plain;
    }

    /**
     * {@code 25.0} and {@code 25} are one value; stored and compared as {@code 25}. Magnitudes are
     * checked first: spelling out {@code 1E+999999999} would take gigabytes.
     */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            throw ApiException.invalidData("Invalid request: Field 'application_method.value' is required");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.precision() - stripped.scale() > MAX_DIGITS) {
            throw ApiException.invalidData("Invalid request: Field 'application_method.value' is too large");
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
