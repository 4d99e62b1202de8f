package io.cartlog.query.audit;

import org.axonframework.common.DateTimeUtils;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Axon stores event times as ISO-8601 text with exactly three fraction digits, so text order is
 * time order and a time range is a range of strings.
 */
final class StoredTimestamps {

    private StoredTimestamps() {
    }

    static String format(Instant instant) {
        return DateTimeUtils.formatInstant(instant);
    }

    static Instant parse(String stored) {
        return DateTimeUtils.parseInstant(stored);
    }

    /**
     * The stored time as {@code DateTimeFormatter.ISO_INSTANT} writes it (which drops a fraction of
     * zero), without parsing it into an {@link Instant}; null if the text is not Axon's
     * {@code yyyy-MM-ddTHH:mm:ss.SSSZ} of a valid time.
     */
    static String isoInstant(String stored) {
        if (stored.length() != 24 || stored.charAt(4) != '-' || stored.charAt(7) != '-' || stored.charAt(10) != 'T'
                || stored.charAt(13) != ':' || stored.charAt(16) != ':' || stored.charAt(19) != '.'
                || stored.charAt(23) != 'Z' || digits(stored, 0, 4) < 0 || digits(stored, 20, 23) < 0) {
            return null;
        }
        try {
            // Only for the range check; other fields that are not all digits are -1, out of range.
            LocalDateTime.of(digits(stored, 0, 4), digits(stored, 5, 7), digits(stored, 8, 10), digits(stored, 11, 13),
                    digits(stored, 14, 16), digits(stored, 17, 19));
        } catch (DateTimeException notATime) {
            return null;
        }
        return stored.startsWith("000", 20) ? stored.substring(0, 19) + "Z" : stored;
    }

    /** The decimal number in {@code text[from, to)}, or -1 if it is not all digits. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
