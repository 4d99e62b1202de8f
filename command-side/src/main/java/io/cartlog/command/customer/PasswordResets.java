package io.cartlog.command.customer;

import io.cartlog.platform.auth.AuthProperties;
import io.cartlog.platform.auth.CustomerSessions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

/** Password reset tokens: random, single-use, short-lived, stored as their SHA-256 only. */
@Component
class PasswordResets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuthProperties properties;

    PasswordResets(JdbcClient jdbc, AuthProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    record Issued(String token, String tokenSha256, Instant expiresAt) {
    }

    Issued issue(String identityId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        String sha256 = CustomerSessions.sha256(token);
        Instant expiresAt = Instant.now().plus(properties.resetTokenLifetime());
        jdbc.sql("INSERT INTO password_reset (token_sha256, auth_identity_id, expires_at, used) VALUES (?, ?, ?, FALSE)")
                .params(sha256, identityId, expiresAt.atOffset(ZoneOffset.UTC)).update();
        return new Issued(token, sha256, expiresAt);
    }

    /** The identity the token resets, once: a used, expired or unknown token answers empty. */
    Optional<String> consume(String token) {
        String sha256 = CustomerSessions.sha256(token);
        Optional<String> identity = jdbc.sql("""
                        SELECT auth_identity_id FROM password_reset
                        WHERE token_sha256 = ? AND used = FALSE AND expires_at > ?""")
                .params(sha256, Instant.now().atOffset(ZoneOffset.UTC)).query(String.class).optional();
        // The guarded update makes a token single-use even when two requests race with it.
        return identity.filter(id -> jdbc.sql("UPDATE password_reset SET used = TRUE WHERE token_sha256 = ? AND used = FALSE")
                .param(sha256).update() == 1);
    }
}
