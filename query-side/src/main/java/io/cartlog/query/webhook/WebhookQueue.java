package io.cartlog.query.webhook;

import io.cartlog.events.common.Ids;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static io.cartlog.query.webhook.WebhookSubscriptions.at;
import static io.cartlog.query.webhook.WebhookSubscriptions.instant;

/**
 * Queued events and their deliveries. Inserts skip what is there already, so an event handled
 * again (a stolen token claim, a retried batch) is not queued twice.
 */
@Repository
class WebhookQueue {

    /** Behind an earlier undelivered delivery of its stream. */
    static final String WAITING = "waiting";
    /** First of its stream: sent when due. */
    static final String PENDING = "pending";
    static final String DELIVERED = "delivered";
    static final String DEAD = "dead";
    /** Its subscription was deleted before it was delivered. */
    static final String CANCELED = "canceled";

    private static final String CLAIMED = "SELECT d.id, d.subscription_id, d.origin, d.attempts, d.schedule_start, "
            + "e.id AS event_id, e.event_type, e.global_position, e.stream_id, e.resource_type, e.resource_id, "
            + "e.version, e.occurred_at, e.source_type, e.schema_version, e.changes, e.body FROM webhook_delivery d "
            + "JOIN webhook_event e ON e.id = d.event_id ";
    private static final RowMapper<Claimed> CLAIMED_ROW = (rs, row) -> new Claimed(rs.getString("id"),
            rs.getString("subscription_id"), rs.getString("origin"), rs.getInt("attempts"), rs.getInt("schedule_start"),
            new QueuedEvent(rs.getString("event_id"), rs.getString("event_type"), rs.getLong("global_position"),
                    rs.getString("stream_id"), rs.getString("resource_type"), rs.getString("resource_id"),
                    rs.getLong("version"), instant(rs.getTimestamp("occurred_at")), rs.getString("source_type"),
                    rs.getString("schema_version"), rs.getString("changes")),
            rs.getString("body"));

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    WebhookQueue(JdbcClient jdbc, JdbcTemplate batches, JsonMapper json, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
        this.transactions = transactions;
    }

    /** A delivery claimed by this node until {@code leaseUntil}, with the event it sends. */
    record Claimed(String id, String subscriptionId, String origin, int attempts, int scheduleStart, QueuedEvent event,
                   String body) {

        /** Failed attempts since the delivery was queued or last retried by hand. */
        int failures() {
            return attempts - scheduleStart;
        }
    }

    /** A public event to queue, as the store handed it over. */
    record Message(WebhookCatalog.Topic topic, DomainEventMessage<?> message, long position) {
    }

    /** Keeps {@code messages} as queued events, in one batch. */
    List<QueuedEvent> events(List<Message> messages) {
        List<QueuedEvent> events = messages.stream().map(m -> new QueuedEvent(
                QueuedEvent.idOf(m.message().getIdentifier()), m.topic().type(), m.position(),
                m.message().getAggregateIdentifier(), m.topic().resourceType(), m.topic().resourceId(),
                m.message().getSequenceNumber(), m.message().getTimestamp(), m.topic().event(),
                m.topic().schemaVersion(), json.writeValueAsString(m.message().getPayload()))).toList();
        batches.batchUpdate("INSERT INTO webhook_event (id, event_type, global_position, stream_id, resource_type, "
                        + "resource_id, version, occurred_at, source_type, schema_version, changes) "
                        + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM webhook_event WHERE id = ?)",
                events.stream().map(event -> new Object[]{event.id(), event.type(), event.position(),
                        event.streamId(), event.resourceType(), event.resourceId(), event.version(),
                        at(event.occurredAt()), event.event(), event.schemaVersion(), event.changes(),
                        event.id()}).toList());
        return events;
    }

    /**
     * Queues {@code events} (in position order) for a subscription, skipping those queued for it
     * from this origin before; answers how many it queued. A delivery is pending when everything
     * earlier of its stream was delivered, waiting otherwise. The streams' latest deliveries are
     * locked while deciding, so a sender marking one delivered either comes first (and the new one
     * is pending) or after this commits (and then finds the new one to promote).
     */
    int deliver(String subscriptionId, List<QueuedEvent> events, String origin) {
        if (events.isEmpty()) {
            return 0;
        }
        Set<String> queued = new HashSet<>(jdbc.sql("SELECT event_id FROM webhook_delivery WHERE subscription_id = ? "
                        + "AND origin = ? AND event_id IN (" + placeholders(events.size()) + ")")
                .params(concat(List.of(subscriptionId, origin), events.stream().map(QueuedEvent::id).toList()))
                .query(String.class).list());
        List<QueuedEvent> fresh = events.stream().filter(event -> queued.add(event.id())).toList();
        if (fresh.isEmpty()) {
            return 0;
        }
        Set<String> behind = undelivered(subscriptionId, fresh.stream().map(QueuedEvent::streamId).distinct().toList(),
                origin);
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>();
        for (QueuedEvent event : fresh) {
            boolean waiting = !behind.add(event.streamId());
            rows.add(new Object[]{Ids.next("whdel"), subscriptionId, event.id(), origin, event.streamId(),
                    event.position(), waiting ? WAITING : PENDING, at(now), at(now)});
        }
        batches.batchUpdate("INSERT INTO webhook_delivery (id, subscription_id, event_id, origin, stream_id, "
                + "global_position, status, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", rows);
        return rows.size();
    }

    /**
     * Of {@code streams}, those whose latest delivery is not delivered yet, locking every stream's
     * latest delivery in one statement: locked one stream after the other, the waits for senders
     * recording added up, and queuing fell behind a busy storefront.
     */
    private Set<String> undelivered(String subscriptionId, List<String> streams, String origin) {
        Set<String> undelivered = new HashSet<>();
        jdbc.sql("SELECT d.stream_id, d.status FROM webhook_delivery d WHERE d.subscription_id = ? "
                        + "AND d.origin = ? AND d.stream_id IN (" + placeholders(streams.size()) + ") "
                        + "AND d.global_position = (SELECT MAX(l.global_position) FROM webhook_delivery l "
                        + "WHERE l.subscription_id = d.subscription_id AND l.stream_id = d.stream_id "
                        + "AND l.origin = d.origin) FOR UPDATE")
                .params(concat(List.of(subscriptionId, origin), streams)).query(rs -> {
                    if (!DELIVERED.equals(rs.getString("status"))) {
                        undelivered.add(rs.getString("stream_id"));
                    }
                });
        return undelivered;
    }

    private static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    private static List<Object> concat(List<?> first, List<?> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /**
     * Claims up to {@code limit} due pending deliveries, skipping subscriptions in {@code busy}.
     * A claim is a lease: a node that dies lets go of it when it ends. Rows another transaction
     * holds (a sender recording, a subscription being deleted) are passed over, not waited for:
     * waiting on them in whatever order the update met them deadlocked under load.
     */
    List<Claimed> claim(int limit, Collection<String> busy, Duration lease) {
        Instant now = Instant.now();
        String token = UUID.randomUUID().toString();
        String skip = busy.isEmpty() ? "" : " AND d.subscription_id NOT IN (" + placeholders(busy.size()) + ")";
        List<Object> params = new ArrayList<>(List.of(token, at(now.plus(lease)), PENDING, at(now), at(now)));
        params.addAll(busy);
        params.add(limit);
        params.add(at(now));
        int claimed = jdbc.sql("UPDATE webhook_delivery SET lease_token = ?, lease_until = ? WHERE id IN ("
                        + "SELECT d.id FROM webhook_delivery d WHERE d.status = ? AND d.next_attempt_at <= ? "
                        + "AND (d.lease_until IS NULL OR d.lease_until < ?)" + skip
                        + " ORDER BY d.next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)"
                        + " AND (lease_until IS NULL OR lease_until < ?)")
                .params(params).update();
        if (claimed == 0) {
            return List.of();
        }
        return jdbc.sql(CLAIMED + "WHERE d.lease_token = ?").param(token).query(CLAIMED_ROW).list();
    }

    /**
     * Up to {@code limit} deliveries waiting behind {@code head} in its stream, in order. Nobody
     * else claims them (only the head of a stream is pending), so the holder of the head's lease
     * may send them next.
     */
    List<Claimed> followers(Claimed head, int limit) {
        return jdbc.sql(CLAIMED + "WHERE d.subscription_id = ? AND d.stream_id = ? AND d.origin = ? "
                        + "AND d.global_position > ? AND d.status = ? ORDER BY d.global_position LIMIT ?")
                .params(head.subscriptionId(), head.event().streamId(), head.origin(), head.event().position(),
                        WAITING, limit)
                .query(CLAIMED_ROW).list();
    }

    /** Lets go of a claimed delivery unsent, for a later claim. */
    void release(String deliveryId) {
        jdbc.sql("UPDATE webhook_delivery SET lease_token = NULL, lease_until = NULL WHERE id = ?").param(deliveryId)
                .update();
    }

    /** Lets go of a claimed delivery unsent and without counting an attempt, until {@code pause} has passed. */
    void postpone(String deliveryId, Duration pause) {
        jdbc.sql("UPDATE webhook_delivery SET lease_token = NULL, lease_until = NULL, next_attempt_at = ? WHERE id = ?")
                .params(at(Instant.now().plus(pause)), deliveryId).update();
    }

    /**
     * Keeps the first body rendered for each event (by event id): every subscription and retry
     * sends the same bytes. Answers the bodies kept, which are others' where they came first.
     */
    Map<String, String> keepBodies(Map<String, String> rendered) {
        List<String> ids = List.copyOf(rendered.keySet());
        int[] kept = batches.batchUpdate("UPDATE webhook_event SET body = ? WHERE id = ? AND body IS NULL",
                ids.stream().map(id -> new Object[]{rendered.get(id), id}).toList());
        Map<String, String> bodies = new HashMap<>(rendered);
        for (int i = 0; i < ids.size(); i++) {
            if (kept[i] == 0) {
                bodies.put(ids.get(i), jdbc.sql("SELECT body FROM webhook_event WHERE id = ?").param(ids.get(i))
                        .query(String.class).single());
            }
        }
        return bodies;
    }

    /**
     * The outcomes of consecutive deliveries of one stream, in one transaction: each delivered, to
     * be retried or dead; when the last was delivered, the next waiting delivery becomes pending.
     */
    void record(List<Outcome> outcomes) {
        transactions.executeWithoutResult(tx -> recordIn(outcomes));
    }

    private void recordIn(List<Outcome> outcomes) {
        Instant now = Instant.now();
        batches.batchUpdate("INSERT INTO webhook_attempt (delivery_id, attempt, started_at, status_code, duration_ms, "
                        + "error) VALUES (?, ?, ?, ?, ?, ?)",
                outcomes.stream().map(o -> new Object[]{o.delivery().id(), o.delivery().attempts() + 1,
                        at(o.attempt().startedAt()), o.attempt().statusCode(), o.attempt().durationMs(),
                        o.attempt().error()}).toList());
        batches.batchUpdate("UPDATE webhook_delivery SET status = ?, attempts = ?, next_attempt_at = ?, "
                        + "last_status = ?, last_error = ?, delivered_at = ?, lease_token = NULL, lease_until = NULL "
                        + "WHERE id = ?",
                outcomes.stream().map(o -> new Object[]{o.status(), o.delivery().attempts() + 1,
                        at(o.nextAttemptAt()), o.attempt().statusCode(), o.attempt().error(),
                        o.attempt().succeeded() ? at(now) : null, o.delivery().id()}).toList());
        Outcome last = outcomes.get(outcomes.size() - 1);
        if (last.attempt().succeeded()) {
            jdbc.sql("UPDATE webhook_delivery SET status = ?, next_attempt_at = ? WHERE id = (SELECT id FROM "
                            + "webhook_delivery WHERE subscription_id = ? AND stream_id = ? AND origin = ? AND status = ? "
                            + "ORDER BY global_position LIMIT 1)")
                    .params(PENDING, at(now), last.delivery().subscriptionId(), last.delivery().event().streamId(),
                            last.delivery().origin(), WAITING)
                    .update();
        }
    }

    /** Sends a dead or retrying delivery again now, with a fresh set of retries; false when it is delivered or waiting. */
    boolean retry(String subscriptionId, String deliveryId) {
        return jdbc.sql("UPDATE webhook_delivery SET status = ?, schedule_start = attempts, next_attempt_at = ? "
                        + "WHERE id = ? AND subscription_id = ? AND status IN ('pending', 'dead')")
                .params(PENDING, at(Instant.now()), deliveryId, subscriptionId).update() == 1;
    }

    Optional<String> status(String subscriptionId, String deliveryId) {
        return jdbc.sql("SELECT status FROM webhook_delivery WHERE id = ? AND subscription_id = ?")
                .params(deliveryId, subscriptionId).query(String.class).optional();
    }

    /** One attempt at a delivery: delivered, to be retried at {@code nextAttemptAt}, or dead when that is null. */
    record Outcome(Claimed delivery, Attempt attempt, Instant nextAttemptAt) {

        String status() {
            return attempt.succeeded() ? DELIVERED : nextAttemptAt == null ? DEAD : PENDING;
        }
    }

    /** What one attempt to send a delivery came to. */
    record Attempt(Instant startedAt, Integer statusCode, long durationMs, String error) {

        boolean succeeded() {
            return statusCode != null && statusCode / 100 == 2;
        }
    }
}
