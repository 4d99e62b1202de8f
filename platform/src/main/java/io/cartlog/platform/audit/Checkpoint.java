package io.cartlog.platform.audit;

import java.time.Instant;

/**
 * A sealed range of the global order: the events in ({@code previousPosition}, {@code position}],
 * hashed after the previous checkpoint's hash ({@link CheckpointHash}).
 */
public record Checkpoint(long position, long previousPosition, long eventCount, String checkpointHash,
                         Instant createdAt) {
}
