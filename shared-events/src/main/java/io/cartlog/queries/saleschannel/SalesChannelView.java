package io.cartlog.queries.saleschannel;

import java.time.Instant;
import java.util.Map;

/** A sales channel as Medusa's admin API shows it. */
public record SalesChannelView(
        String id,
        String name,
        String description,
        boolean isDisabled,
        Map<String, Object> metadata,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long version) {
}
