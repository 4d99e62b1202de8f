package io.cartlog.query.webhook;

import io.cartlog.events.common.Ids;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.cartlog.query.webhook.WebhookSubscriptions.at;
import static io.cartlog.query.webhook.WebhookSubscriptions.instant;

/**
 * Queued events and their deliveries. Inserts skip what is there already, so an event handled
 * again (a stolen token claim, a retried batch) is not queued twice.
 */
@Repository
class WebhookQueue {

    static final String PENDING = "pending";
    static final String DELIVERED = "delivered";
    static final String DEAD = "dead";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    WebhookQueue(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A delivery claimed by this node until {@code leaseUntil}, with the event it sends. */
    record Claimed(String id, String subscriptionId, int attempts, int scheduleStart, QueuedEvent event,
                   String body) {

        /** Failed attempts since the delivery was queued or last retried by hand. */
        int failures() {
            return attempts - scheduleStart;
        }
    }

    QueuedEvent event(WebhookCatalog.Topic topic, DomainEventMessage<?> message, long position) {
        QueuedEvent event = new QueuedEvent(QueuedEvent.idOf(message.getIdentifier()), topic.type(), position,
                message.getAggregateIdentifier(), topic.resourceType(), topic.resourceId(),
                message.getSequenceNumber(), message.getTimestamp(), topic.event(), topic.schemaVersion(),
                json.writeValueAsString(message.getPayload()));
        jdbc.sql("INSERT INTO webhook_event (id, event_type, global_position, stream_id, resource_type, resource_id, "
                        + "version, occurred_at, source_type, schema_version, changes) "
                        + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM webhook_event WHERE id = ?)")
                .params(event.id(), event.type(), event.position(), event.streamId(), event.resourceType(),
                        event.resourceId(), event.version(), at(event.occurredAt()), event.event(),
                        event.schemaVersion(), event.changes(), event.id())
                .update();
        return event;
    }

    /** Queues {@code event} for a subscription; answers whether it was not queued for it from this origin before. */
    boolean deliver(String subscriptionId, QueuedEvent event, String origin) {
        Instant now = Instant.now();
        return jdbc.sql("INSERT INTO webhook_delivery (id, subscription_id, event_id, origin, stream_id, "
                        + "global_position, status, attempts, next_attempt_at, created_at) "
                        + "SELECT ?, ?, ?, ?, ?, ?, ?, 0, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM webhook_delivery WHERE subscription_id = ? AND event_id = ? AND origin = ?)")
                .params(Ids.next("whdel"), subscriptionId, event.id(), origin, event.streamId(), event.position(),
                        PENDING, at(now), at(now), subscriptionId, event.id(), origin)
                .update() == 1;
    }

    /**
     * Claims up to {@code limit} due deliveries that head their stream for their subscription
     * (nothing earlier of the stream is pending or dead), skipping subscriptions in {@code busy}.
     * A claim is a lease: a node that dies lets go of it when it ends.
     */
    List<Claimed> claim(int limit, Collection<String> busy, Duration lease) {
        Instant now = Instant.now();
        String token = UUID.randomUUID().toString();
        String skip = busy.isEmpty() ? "" : " AND d.subscription_id NOT IN (" + String.join(",",
                busy.stream().map(id -> "?").toList()) + ")";
        List<Object> params = new ArrayList<>(List.of(token, at(now.plus(lease)), PENDING, at(now), at(now)));
        params.addAll(busy);
        params.add(limit);
        params.add(at(now));
        int claimed = jdbc.sql("UPDATE webhook_delivery SET lease_token = ?, lease_until = ? WHERE id IN ("
                        + "SELECT d.id FROM webhook_delivery d WHERE d.status = ? AND d.next_attempt_at <= ? "
                        + "AND (d.lease_until IS NULL OR d.lease_until < ?)" + skip
                        + " AND NOT EXISTS (SELECT 1 FROM webhook_delivery e WHERE e.subscription_id = d.subscription_id "
                        + "AND e.stream_id = d.stream_id AND e.status IN ('pending', 'dead') "
                        + "AND (e.global_position < d.global_position OR e.global_position = d.global_position AND e.id < d.id)) "
                        + "ORDER BY d.next_attempt_at, d.global_position LIMIT ?) "
                        + "AND (lease_until IS NULL OR lease_until < ?)")
                .params(params).update();
        if (claimed == 0) {
            return List.of();
        }
        return jdbc.sql("SELECT d.id, d.subscription_id, d.attempts, d.schedule_start, e.id AS event_id, e.event_type, e.global_position, "
                        + "e.stream_id, e.resource_type, e.resource_id, e.version, e.occurred_at, e.source_type, "
                        + "e.schema_version, e.changes, e.body FROM webhook_delivery d "
                        + "JOIN webhook_event e ON e.id = d.event_id WHERE d.lease_token = ?")
                .param(token)
                .query((rs, row) -> new Claimed(rs.getString("id"), rs.getString("subscription_id"),
                        rs.getInt("attempts"), rs.getInt("schedule_start"), new QueuedEvent(rs.getString("event_id"), rs.getString("event_type"),
                        rs.getLong("global_position"), rs.getString("stream_id"), rs.getString("resource_type"),
                        rs.getString("resource_id"), rs.getLong("version"), instant(rs.getTimestamp("occurred_at")),
                        rs.getString("source_type"), rs.getString("schema_version"), rs.getString("changes")),
                        rs.getString("body")))
                .list();
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

    /** Keeps the first body rendered for an event: every subscription and retry sends the same bytes. */
    String keepBody(String eventId, String body) {
        jdbc.sql("UPDATE webhook_event SET body = ? WHERE id = ? AND body IS NULL").params(body, eventId).update();
        return jdbc.sql("SELECT body FROM webhook_event WHERE id = ?").param(eventId).query(String.class).single();
    }

    /** One attempt's outcome: delivered, to be retried at {@code nextAttemptAt}, or dead when that is null. */
    void record(Claimed delivery, Attempt attempt, Instant nextAttemptAt) {
        int number = delivery.attempts() + 1;
        jdbc.sql("INSERT INTO webhook_attempt (delivery_id, attempt, started_at, status_code, duration_ms, error) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(delivery.id(), number, at(attempt.startedAt()), attempt.statusCode(), attempt.durationMs(),
                        attempt.error())
                .update();
        String status = attempt.succeeded() ? DELIVERED : nextAttemptAt == null ? DEAD : PENDING;
        jdbc.sql("UPDATE webhook_delivery SET status = ?, attempts = ?, next_attempt_at = ?, last_status = ?, "
                        + "last_error = ?, delivered_at = ?, lease_token = NULL, lease_until = NULL WHERE id = ?")
                .params(status, number, attempt.succeeded() ? null : at(nextAttemptAt), attempt.statusCode(),
                        attempt.error(), attempt.succeeded() ? at(Instant.now()) : null, delivery.id())
                .update();
    }

    /** Sends a dead or waiting delivery again now, with a fresh set of retries; false when it was delivered. */
    boolean retry(String subscriptionId, String deliveryId) {
        return jdbc.sql("UPDATE webhook_delivery SET status = ?, schedule_start = attempts, next_attempt_at = ? "
                        + "WHERE id = ? AND subscription_id = ? AND status IN ('pending', 'dead')")
                .params(PENDING, at(Instant.now()), deliveryId, subscriptionId).update() == 1;
    }

    Optional<String> status(String subscriptionId, String deliveryId) {
        return jdbc.sql("SELECT status FROM webhook_delivery WHERE id = ? AND subscription_id = ?")
                .params(deliveryId, subscriptionId).query(String.class).optional();
    }

    /** What one attempt to send a delivery came to. */
    record Attempt(Instant startedAt, Integer statusCode, long durationMs, String error) {

        boolean succeeded() {
            return statusCode != null && statusCode / 100 == 2;
        }
    }
}
