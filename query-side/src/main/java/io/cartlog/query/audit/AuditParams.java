package io.cartlog.query.audit;

import io.cartlog.platform.web.ApiException;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Query parameters of the audit routes, checked with messages that name the parameter. */
final class AuditParams {

    private AuditParams() {
    }

    static Instant time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidData("Invalid request: '" + name + "' must be an ISO 8601 time, such as "
                    + "2026-11-22T10:00:00Z");
        }
    }

    static int limit(Integer limit, int defaultLimit, int max) {
        int value = limit == null ? defaultLimit : limit;
        if (value < 1 || value > max) {
            throw ApiException.invalidData("Invalid request: 'limit' must be between 1 and " + max);
        }
        return value;
    }

    static Long position(String name, Long value) {
        if (value != null && value < 0) {
            throw ApiException.invalidData("Invalid request: '" + name + "' must not be negative");
        }
        return value;
    }
}
