package io.cartlog.query.webhook;

import io.cartlog.query.common.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.cartlog.query.webhook.WebhookSubscriptions.instant;

/** A subscription's deliveries, newest first, each with its attempts: status codes, response times, next retry. */
@Repository
class WebhookDeliveryLog {

    private final JdbcClient jdbc;

    WebhookDeliveryLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record DeliveryView(String id, String eventId, String eventType, String origin, String status, int attempts,
                        Instant nextAttemptAt, Integer lastStatus, String lastError, Instant createdAt,
                        Instant deliveredAt, Resource resource, List<AttemptView> attemptLog) {
    }

    record Resource(String type, String id, long version) {
    }

    record AttemptView(int attempt, Instant startedAt, Integer statusCode, long durationMs, String error) {
    }

    List<DeliveryView> list(String subscriptionId, String status, String origin, Page page) {
        StringBuilder sql = new StringBuilder("SELECT d.id, d.event_id, e.event_type, d.origin, d.status, d.attempts, "
                + "d.next_attempt_at, d.last_status, d.last_error, d.created_at, d.delivered_at, e.resource_type, "
                + "e.resource_id, e.version FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id "
                + "WHERE d.subscription_id = ?");
        List<Object> params = new ArrayList<>(List.of(subscriptionId));
        filter(sql, params, status, origin);
        sql.append(" ORDER BY d.created_at DESC, d.global_position DESC LIMIT ? OFFSET ?");
        params.add(page.limit());
        params.add(page.offset());
        List<DeliveryView> deliveries = jdbc.sql(sql.toString()).params(params)
                .query((rs, row) -> new DeliveryView(rs.getString("id"), rs.getString("event_id"),
                        rs.getString("event_type"), rs.getString("origin"), rs.getString("status"),
                        rs.getInt("attempts"), instant(rs.getTimestamp("next_attempt_at")),
                        (Integer) rs.getObject("last_status"), rs.getString("last_error"),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("delivered_at")),
                        new Resource(rs.getString("resource_type"), rs.getString("resource_id"), rs.getLong("version")),
                        List.of()))
                .list();
        Map<String, List<AttemptView>> attempts = attempts(deliveries.stream().map(DeliveryView::id).toList());
        return deliveries.stream().map(d -> new DeliveryView(d.id(), d.eventId(), d.eventType(), d.origin(),
                d.status(), d.attempts(), d.nextAttemptAt(), d.lastStatus(), d.lastError(), d.createdAt(),
                d.deliveredAt(), d.resource(), attempts.getOrDefault(d.id(), List.of()))).toList();
    }

    long count(String subscriptionId, String status, String origin) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM webhook_delivery d WHERE d.subscription_id = ?");
        List<Object> params = new ArrayList<>(List.of(subscriptionId));
        filter(sql, params, status, origin);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    private static void filter(StringBuilder sql, List<Object> params, String status, String origin) {
        if (status != null) {
            sql.append(" AND d.status = ?");
            params.add(status);
        }
        if (origin != null) {
            sql.append(" AND d.origin = ?");
            params.add(origin);
        }
    }

    private Map<String, List<AttemptView>> attempts(List<String> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Map.of();
        }
        String in = deliveryIds.stream().map(id -> "?").collect(Collectors.joining(","));
        record Row(String deliveryId, AttemptView attempt) {
        }
        return jdbc.sql("SELECT delivery_id, attempt, started_at, status_code, duration_ms, error FROM webhook_attempt "
                        + "WHERE delivery_id IN (" + in + ") ORDER BY attempt")
                .params(new ArrayList<>(deliveryIds))
                .query((rs, row) -> new Row(rs.getString("delivery_id"), new AttemptView(rs.getInt("attempt"),
                        instant(rs.getTimestamp("started_at")), (Integer) rs.getObject("status_code"),
                        rs.getLong("duration_ms"), rs.getString("error"))))
                .list().stream()
                .collect(Collectors.groupingBy(Row::deliveryId,
                        Collectors.mapping(Row::attempt, Collectors.toList())));
    }
}
