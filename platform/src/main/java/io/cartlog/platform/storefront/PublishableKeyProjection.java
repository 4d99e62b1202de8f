package io.cartlog.platform.storefront;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cartlog.events.apikey.ApiKeyCreatedEvent;
import io.cartlog.events.apikey.ApiKeyDeletedEvent;
import io.cartlog.events.apikey.ApiKeyRevokedEvent;
import io.cartlog.events.apikey.ApiKeySalesChannelsChangedEvent;
import io.cartlog.platform.projection.ReadModel;
import io.cartlog.platform.projection.ReadModelRebuilt;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;

/**
 * Keeps the table of publishable keys the {@code /store/*} filter checks. It lives in the
 * platform so the command side and the query side, deployed apart, share one lookup; the
 * processor's token ensures only one of them writes it. Known keys are cached for two seconds,
 * which bounds how long a revoked key keeps working on another node. A rebuild's handlers empty
 * the cache too, which only makes lookups read the live tables again.
 */
@Component
@ProcessingGroup(PublishableKeyProjection.GROUP)
@ReadModel(tables = {"publishable_key", "publishable_key_sales_channel"})
class PublishableKeyProjection implements PublishableKeyDirectory {

    static final String GROUP = "publishable-keys";

    private final JdbcClient jdbc;
    private final Cache<String, Optional<PublishableKey>> cache = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(2))
            .maximumSize(10_000)
            .build();

    PublishableKeyProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PublishableKey> findActive(String token) {
        // Only known keys are cached: a key created a moment ago must work on the next call.
        Optional<PublishableKey> cached = cache.getIfPresent(token);
        if (cached != null) {
            return cached;
        }
        Optional<PublishableKey> loaded = load(token);
        loaded.ifPresent(key -> cache.put(token, loaded));
        return loaded;
    }

    private Optional<PublishableKey> load(String token) {
        return jdbc.sql("SELECT id FROM publishable_key WHERE token = ? AND revoked = FALSE").param(token)
                .query(String.class).optional()
                .map(id -> new PublishableKey(id, token, new HashSet<>(jdbc.sql(
                                "SELECT sales_channel_id FROM publishable_key_sales_channel WHERE api_key_id = ?")
                        .param(id).query(String.class).list())));
    }

    @EventHandler
    void on(ApiKeyCreatedEvent event, @SequenceNumber long version) {
        if (!"publishable".equals(event.type())) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO publishable_key (id, token, revoked, version)
                        SELECT ?, ?, FALSE, ? WHERE NOT EXISTS (SELECT 1 FROM publishable_key WHERE id = ?)""")
                .params(event.apiKeyId(), event.token(), version, event.apiKeyId())
                .update();
        cache.invalidateAll();
    }

    @EventHandler
    void on(ApiKeySalesChannelsChangedEvent event) {
        jdbc.sql("DELETE FROM publishable_key_sales_channel WHERE api_key_id = ?").param(event.apiKeyId()).update();
        boolean known = jdbc.sql("SELECT COUNT(*) FROM publishable_key WHERE id = ?").param(event.apiKeyId())
                .query(Long.class).single() > 0;
        if (known) {
            event.salesChannelIds().forEach(channel -> jdbc.sql(
                            "INSERT INTO publishable_key_sales_channel (api_key_id, sales_channel_id) VALUES (?, ?)")
                    .params(event.apiKeyId(), channel).update());
        }
        cache.invalidateAll();
    }

    @EventHandler
    void on(ApiKeyRevokedEvent event) {
        jdbc.sql("UPDATE publishable_key SET revoked = TRUE WHERE id = ?").param(event.apiKeyId()).update();
        cache.invalidateAll();
    }

    @EventHandler
    void on(ApiKeyDeletedEvent event) {
        jdbc.sql("DELETE FROM publishable_key WHERE id = ?").param(event.apiKeyId()).update();
        cache.invalidateAll();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM publishable_key_sales_channel").update();
        jdbc.sql("DELETE FROM publishable_key").update();
        cache.invalidateAll();
    }

    @EventListener
    void on(ReadModelRebuilt rebuilt) {
        if (GROUP.equals(rebuilt.name())) {
            cache.invalidateAll();
        }
    }
}
