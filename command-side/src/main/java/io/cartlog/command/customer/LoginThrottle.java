package io.cartlog.command.customer;

import io.cartlog.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Slows down password guessing per email: after {@value #FREE_FAILURES} failed logins, the next
 * attempt must wait 1 s, then 2, 4, … up to 15 minutes after the last failure; a success starts
 * over. Kept in the database, so every node counts the same failures. A wait rather than a lock:
 * nobody can lock a customer out by failing on purpose for longer than the current wait.
 */
@Component
class LoginThrottle {

    private static final int FREE_FAILURES = 5;
    private static final Duration MAX_WAIT = Duration.ofMinutes(15);

    private final JdbcClient jdbc;

    LoginThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** 429 while the email must still wait. */
    void check(String email) {
        Instant now = Instant.now();
        jdbc.sql("SELECT failures, last_failure_at FROM login_failure WHERE email = ?").param(key(email))
                .query((rs, n) -> {
                    int failures = rs.getInt("failures");
                    Instant until = rs.getTimestamp("last_failure_at").toInstant().plus(wait(failures));
                    if (now.isBefore(until)) {
                        long seconds = Math.max(1, Duration.between(now, until).toSeconds());
                        throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "not_allowed", "too_many_attempts",
                                "Too many failed logins for this email; try again in " + seconds + " s");
                    }
                    return failures;
                })
                .optional();
    }

    void failed(String email) {
        String key = key(email);
        var now = Instant.now().atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE login_failure SET failures = failures + 1, last_failure_at = ? WHERE email = ?")
                .params(now, key).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO login_failure (email, failures, last_failure_at) VALUES (?, 1, ?)")
                        .params(key, now).update();
            } catch (org.springframework.dao.DuplicateKeyException concurrentFailure) {
                jdbc.sql("UPDATE login_failure SET failures = failures + 1, last_failure_at = ? WHERE email = ?")
                        .params(now, key).update();
            }
        }
    }

    void succeeded(String email) {
        jdbc.sql("DELETE FROM login_failure WHERE email = ?").param(key(email)).update();
    }

    static Duration wait(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
