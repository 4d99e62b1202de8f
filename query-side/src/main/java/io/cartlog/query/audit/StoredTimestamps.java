package io.cartlog.query.audit;

import org.axonframework.common.DateTimeUtils;

import java.time.Instant;

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
}
