package io.cartlog.queries.returnreason;

import java.time.Instant;
import java.util.Map;

/** A return reason as Medusa's store and admin APIs show it. */
public record ReturnReasonView(
        String id,
        String value,
        String label,
        String description,
        Map<String, Object> metadata,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long version) {
}
