package io.cartlog.queries.collection;

import java.time.Instant;
import java.util.Map;

/** A product collection as Medusa's store and admin APIs show it. */
public record ProductCollectionView(
        String id,
        String title,
        String handle,
        Map<String, Object> metadata,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long version) {
}
