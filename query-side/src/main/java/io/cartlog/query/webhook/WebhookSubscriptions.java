package io.cartlog.query.webhook;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The subscriptions table. Queuing asks for the active ones on every event, so they are kept in
 * memory and read again when this node changes them or, for changes made on other nodes, after
 * {@link #REFRESH}.
 */
@Repository
class WebhookSubscriptions {

    private static final Duration REFRESH = Duration.ofSeconds(2);
    private static final String COLUMNS = "id, url, event_types, description, active, secret, previous_secret, "
            + "previous_secret_expires_at, failing, created_at, updated_at";

    private static final RetryTemplate ON_DEADLOCK = new RetryTemplate(RetryPolicy.builder()
            .includes(PessimisticLockingFailureException.class).maxRetries(3).delay(Duration.ofMillis(50)).build());

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private volatile Cached active = new Cached(List.of(), Instant.EPOCH);

    WebhookSubscriptions(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    private record Cached(List<WebhookSubscription> subscriptions, Instant readAt) {
    }

    List<WebhookSubscription> active() {
        Cached cached = active;
        if (Instant.now().isAfter(cached.readAt().plus(REFRESH))) {
            cached = new Cached(jdbc.sql("SELECT " + COLUMNS + " FROM webhook_subscription WHERE active AND deleted_at IS NULL")
                    .query(WebhookSubscriptions::map).list(), Instant.now());
            active = cached;
        }
        return cached.subscriptions();
    }

    Optional<WebhookSubscription> active(String id) {
        return active().stream().filter(subscription -> subscription.id().equals(id)).findFirst();
    }

    Optional<WebhookSubscription> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = ? AND deleted_at IS NULL")
                .param(id).query(WebhookSubscriptions::map).optional();
    }

    List<WebhookSubscription> list(int limit, int offset) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_subscription WHERE deleted_at IS NULL "
                        + "ORDER BY created_at, id LIMIT ? OFFSET ?")
                .params(limit, offset).query(WebhookSubscriptions::map).list();
    }

    int count() {
        return jdbc.sql("SELECT COUNT(*) FROM webhook_subscription WHERE deleted_at IS NULL").query(Integer.class).single();
    }

    void insert(WebhookSubscription s) {
        jdbc.sql("INSERT INTO webhook_subscription (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(s.id(), s.url(), String.join(",", s.eventTypes()), s.description(), s.active(), s.secret(),
                        s.previousSecret(), at(s.previousSecretExpiresAt()), s.failing(), at(s.createdAt()),
                        at(s.updatedAt()))
                .update();
        forget();
    }

    void update(WebhookSubscription s) {
        jdbc.sql("UPDATE webhook_subscription SET url = ?, event_types = ?, description = ?, active = ?, secret = ?, "
                        + "previous_secret = ?, previous_secret_expires_at = ?, failing = ?, updated_at = ? WHERE id = ?")
                .params(s.url(), String.join(",", s.eventTypes()), s.description(), s.active(), s.secret(),
                        s.previousSecret(), at(s.previousSecretExpiresAt()), s.failing(), at(s.updatedAt()), s.id())
                .update();
        forget();
    }

    /**
     * A deleted subscription receives nothing more: what it still had queued is canceled. Canceling
     * locks all of it at once, in no particular order, so it can deadlock with a sender or the
     * queuing holding some of it; PostgreSQL then aborts one side, and this side tries again.
     */
    public void delete(String id) {
        ON_DEADLOCK.invoke(() -> transactions.executeWithoutResult(status -> {
            jdbc.sql("UPDATE webhook_subscription SET deleted_at = ?, active = FALSE WHERE id = ?")
                    .params(at(Instant.now()), id).update();
            jdbc.sql("UPDATE webhook_delivery SET status = ? WHERE subscription_id = ? AND status IN (?, ?)")
                    .params(WebhookQueue.CANCELED, id, WebhookQueue.WAITING, WebhookQueue.PENDING).update();
        }));
        forget();
    }

    /** Flags a subscription whose receiver let a delivery die, for the shop to look at. */
    void flagFailing(String id) {
        jdbc.sql("UPDATE webhook_subscription SET failing = TRUE WHERE id = ?").param(id).update();
    }

    private void forget() {
        active = new Cached(List.of(), Instant.EPOCH);
    }

    private static WebhookSubscription map(ResultSet rs, int row) throws SQLException {
        String types = rs.getString("event_types");
        return new WebhookSubscription(rs.getString("id"), rs.getString("url"),
                types.isEmpty() ? List.of() : Arrays.asList(types.split(",")), rs.getString("description"),
                rs.getBoolean("active"), rs.getString("secret"), rs.getString("previous_secret"),
                instant(rs.getTimestamp("previous_secret_expires_at")), rs.getBoolean("failing"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static Object at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
