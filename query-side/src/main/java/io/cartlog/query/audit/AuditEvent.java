package io.cartlog.query.audit;

import java.time.Instant;
import java.util.Map;

/**
 * An event as auditors read it: where it sits in the global order and in its resource's stream,
 * its external type and schema version (as read, after upcasting, and as stored), its payload and
 * who caused it.
 */
record AuditEvent(
        long position,
        String id,
        String type,
        String schemaVersion,
        String storedSchemaVersion,
        Instant occurredAt,
        Resource resource,
        Object payload,
        Map<String, Object> metadata) {

    /** The stream the event belongs to; {@code version} is its sequence number there. */
    record Resource(String type, String id, long version) {
    }
}
