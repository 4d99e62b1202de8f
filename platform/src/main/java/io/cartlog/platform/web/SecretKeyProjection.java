package io.cartlog.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cartlog.events.apikey.ApiKeyCreatedEvent;
import io.cartlog.events.apikey.ApiKeyDeletedEvent;
import io.cartlog.events.apikey.ApiKeyRevokedEvent;
import io.cartlog.platform.projection.ReadModel;
import io.cartlog.platform.projection.ReadModelRebuilt;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Keeps the secret API keys ({@code sk_…}) that may call the admin API, by the SHA-256 of their
 * token: the events carry only that, and so does the table. Like the publishable keys, it lives
 * in the platform so every node's filter reads one table; a key found is cached for two seconds,
 * which bounds how long a revoked key keeps working on another node. A rebuild's handlers empty
 * the cache too, which only makes lookups read the live table again.
 */
@Component
@ProcessingGroup(SecretKeyProjection.GROUP)
@ReadModel(tables = "secret_key")
class SecretKeyProjection {

    static final String GROUP = "secret-keys";

    private final JdbcClient jdbc;
    private final Cache<String, String> activeIdsBySha256 = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(2))
            .maximumSize(1_000)
            .build();

    SecretKeyProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the active secret key whose token this is. */
    Optional<String> findActive(String token) {
        String sha256 = sha256(token);
        String cached = activeIdsBySha256.getIfPresent(sha256);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<String> id = jdbc.sql("SELECT id FROM secret_key WHERE token_sha256 = ? AND revoked = FALSE")
                .param(sha256).query(String.class).optional();
        id.ifPresent(found -> activeIdsBySha256.put(sha256, found));
        return id;
    }

    @EventHandler
    void on(ApiKeyCreatedEvent event) {
        if ("secret".equals(event.type()) && event.tokenSha256() != null) {
            jdbc.sql("""
                            INSERT INTO secret_key (id, token_sha256, revoked)
                            SELECT ?, ?, FALSE WHERE NOT EXISTS (SELECT 1 FROM secret_key WHERE id = ?)""")
                    .params(event.apiKeyId(), event.tokenSha256(), event.apiKeyId())
                    .update();
        }
    }

    @EventHandler
    void on(ApiKeyRevokedEvent event) {
        jdbc.sql("UPDATE secret_key SET revoked = TRUE WHERE id = ?").param(event.apiKeyId()).update();
        activeIdsBySha256.invalidateAll();
    }

    @EventHandler
    void on(ApiKeyDeletedEvent event) {
        jdbc.sql("DELETE FROM secret_key WHERE id = ?").param(event.apiKeyId()).update();
        activeIdsBySha256.invalidateAll();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM secret_key").update();
        activeIdsBySha256.invalidateAll();
    }

    @EventListener
    void on(ReadModelRebuilt rebuilt) {
        if (GROUP.equals(rebuilt.name())) {
            activeIdsBySha256.invalidateAll();
        }
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM provides SHA-256", e);
        }
    }
}
