package io.cartlog.command.common;

import io.cartlog.events.common.Countries;
import io.cartlog.platform.web.ApiException;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/** Invariant checks shared by the aggregates; each failure is an {@code invalid_data} refusal naming the field. */
public final class Require {

    private Require() {
    }

    public static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalidData("Invalid request: Field '" + field + "' is required");
        }
        return value.trim();
    }

    public static String currencyCode(String field, String value) {
        text(field, value);
        try {
            return Currency.getInstance(value.trim().toUpperCase(Locale.ROOT)).getCurrencyCode().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException unknown) {
            throw ApiException.invalidData("Invalid request: Field '" + field + "' is not an ISO 4217 currency code: '"
                    + value + "'");
        }
    }

    public static String countryCode(String field, String value) {
        if (!Countries.isKnown(value)) {
            throw ApiException.invalidData("Invalid request: Field '" + field + "' is not an ISO 3166-1 alpha-2 country code: '"
                    + value + "'");
        }
        return value.toLowerCase(Locale.ROOT);
    }

    public static void distinct(String field, Collection<String> values) {
        if (new HashSet<>(values).size() != values.size()) {
            throw ApiException.invalidData("Invalid request: Field '" + field + "' lists a value twice");
        }
    }

    public static BigDecimal percentage(String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw ApiException.invalidData("Invalid request: Field '" + field + "' must be between 0 and 100");
        }
        return value;
    }

    public static long nonNegative(String field, long value) {
        if (value < 0) {
            throw ApiException.invalidData("Invalid request: Field '" + field + "' must not be negative");
        }
        return value;
    }

    /**
     * An amount in the currency's minor unit (cents): a whole number, zero or more. Requests
     * carry it as a decimal so that {@code 10.5} is refused rather than silently truncated.
     */
    public static long minorUnits(String field, BigDecimal value) {
        if (value == null) {
            throw ApiException.invalidData("Invalid request: Field '" + field + "' is required");
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw ApiException.invalidData("Invalid request: Field '" + field
                    + "' must be a whole number of minor units (cents): " + value.toPlainString());
        }
        try {
            return nonNegative(field, value.longValueExact());
        } catch (ArithmeticException tooLarge) {
            throw ApiException.invalidData("Invalid request: Field '" + field + "' is too large");
        }
    }

    public static String oneOf(String field, String value, List<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw ApiException.invalidData("Invalid request: Field '" + field + "' must be one of: "
                    + String.join(", ", allowed));
        }
        return value;
    }
}
