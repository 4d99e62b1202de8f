package io.cartlog.query.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What an auditor selects from the global order. Everything but the actor is a condition on
 * stored columns; the actor lives in the metadata and is matched as events are read.
 *
 * @param aggregateType the stored aggregate type ({@code Cart}), or null for every type
 * @param actor an exact actor or a prefix ending in {@code *} ({@code customer:*})
 */
record FeedFilter(Set<String> payloadTypes, String aggregateType, String streamId, Instant from, Instant to,
                  String actor, Long fromPosition, Long toPosition) {

    /** The SQL conditions, joined with AND, and their parameters in order. */
    Sql sql() {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!payloadTypes.isEmpty()) {
            conditions.add("payload_type IN (" + String.join(", ", payloadTypes.stream().map(t -> "?").toList()) + ")");
            params.addAll(payloadTypes);
        }
        if (aggregateType != null) {
            conditions.add("type = ?");
            params.add(aggregateType);
        }
        if (streamId != null) {
            conditions.add("aggregate_identifier = ?");
            params.add(streamId);
        }
        if (from != null) {
            conditions.add("time_stamp >= ?");
            params.add(StoredTimestamps.format(from));
        }
        if (to != null) {
            conditions.add("time_stamp < ?");
            params.add(StoredTimestamps.format(to));
        }
        if (fromPosition != null) {
            conditions.add("global_index >= ?");
            params.add(fromPosition);
        }
        if (toPosition != null) {
            conditions.add("global_index <= ?");
            params.add(toPosition);
        }
        return new Sql(conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions), params);
    }

    boolean matchesActor(AuditEvent event) {
        return matchesActor(event.metadata().get("actor"));
    }

    /** Whether an event whose metadata has this {@code actor} value (null if none) is selected. */
    boolean matchesActor(Object value) {
        if (actor == null) {
            return true;
        }
        if (!(value instanceof String eventActor)) {
            return false;
        }
        return actor.endsWith("*") ? eventActor.startsWith(actor.substring(0, actor.length() - 1))
                : eventActor.equals(actor);
    }

    record Sql(String where, List<Object> params) {
    }
}
