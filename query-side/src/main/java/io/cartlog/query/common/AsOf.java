package io.cartlog.query.common;

import io.cartlog.platform.web.ApiException;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The {@code as_of} of a time-travel read: a version of the resource's own stream (its events up
 * to and including that sequence number) or a point in time (its events up to then).
 */
public record AsOf(Long version, Instant time) {

    /** Null when the parameter is absent: the caller answers from today's read model. */
    public static AsOf parse(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        String value = asOf.trim();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return new AsOf(Long.parseLong(value), null);
            } catch (NumberFormatException tooLong) {
                throw invalid(value);
            }
        }
        try {
            return new AsOf(null, Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw invalid(value);
        }
    }

    private static ApiException invalid(String value) {
        return ApiException.invalidData("Invalid request: 'as_of' must be a version (0, 1, ...) or an ISO 8601 time, "
                + "such as 2026-11-22T10:00:00Z; got '" + value + "'");
    }

    /** A version past the latest one is a client error, not the latest state. */
    public void requireReached(long latestVersion, String resource) {
        if (version != null && version > latestVersion) {
            throw ApiException.invalidData("Invalid request: " + resource + " has no version " + version
                    + "; its latest is " + latestVersion);
        }
    }

    public boolean includes(long sequenceNumber, Instant timestamp) {
        return version != null ? sequenceNumber <= version : !timestamp.isAfter(time);
    }
}
