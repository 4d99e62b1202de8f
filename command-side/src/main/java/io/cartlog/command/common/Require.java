package io.cartlog.command.common;

import io.cartlog.events.common.Countries;
import io.cartlog.platform.web.ApiException;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Invariant checks shared by the aggregates; each failure is an {@code invalid_data} refusal naming the field. */
public final class Require {

    private static final Pattern HANDLE = Pattern.compile("[a-z0-9-]+");

    private Require() {
    }

    /** Names and titles: the read models keep up to this many characters. */
    public static final int MAX_TEXT = 1000;
    /** Handles appear in URLs and in the handle lookup table. */
    public static final int MAX_HANDLE = 255;

    public static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalidData("Invalid request: Field '" + field + "' is required");
        }
        return maxLength(field, value.trim(), MAX_TEXT);
    }

    public static String maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw ApiException.invalidData("Invalid request: Field '" + field + "' must be at most " + max
                    + " characters long");
        }
        return value;
    }

    /** Trimmed text, or null for null or blank: how optional text attributes are cleared. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.trim();
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
        return nonNegative(field, wholeNumber(field, value));
    }

    public static BigDecimal nonNegative(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw ApiException.invalidData("Invalid request: Field '" + field + "' must not be negative");
        }
        return value;
    }

    /** A whole number such as an amount in minor units or a quantity; 10.5 is refused, not truncated. */
    public static long wholeNumber(String field, BigDecimal value) {
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            boolean whole = value.stripTrailingZeros().scale() <= 0;
            throw ApiException.invalidData("Invalid request: Field '" + field + "' "
                    + (whole ? "is too large" : "must be a whole number, got " + shortText(value)));
        }
    }

    /** Plain notation unless that would be long: {@code 1E-999999999} spelled out takes gigabytes. */
    private static String shortText(BigDecimal value) {
        return value.scale() > 32 ? value.toString() : value.toPlainString();
    }

    public static String oneOf(String field, String value, Collection<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw ApiException.invalidData("Invalid request: Field '" + field + "' must be one of "
                    + allowed.stream().sorted().toList() + ", got '" + value + "'");
        }
        return value;
    }

    public static String handle(String field, String value) {
        maxLength(field, value, MAX_HANDLE);
        if (value == null || !HANDLE.matcher(value).matches()) {
            throw ApiException.invalidData("Invalid request: Field '" + field
                    + "' must consist of lower-case letters, digits and dashes, got '" + value + "'");
        }
        return value;
    }

    /**
     * The given handle, checked, or one derived from {@code title} as Medusa derives it:
     * "Classic T-Shirt 1" becomes {@code classic-t-shirt-1}.
     */
    public static String handleOrDerived(String field, String handle, String titleField, String title) {
        if (handle != null) {
            return handle(field, handle);
        }
        String derived = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        if (derived.length() > MAX_HANDLE) {
            throw ApiException.invalidData("Invalid request: Field '" + field + "' is required when the handle derived from '"
                    + titleField + "' would be longer than " + MAX_HANDLE + " characters");
        }
        if (derived.isEmpty()) {
            throw ApiException.invalidData("Invalid request: Field '" + field + "' is required when '" + titleField
                    + "' has no letters or digits to derive it from");
        }
        return derived;
    }
}
