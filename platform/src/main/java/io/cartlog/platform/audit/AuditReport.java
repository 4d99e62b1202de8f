package io.cartlog.platform.audit;

/**
 * What a verification found: counts, and the earliest break in global order, or null.
 *
 * @param verified           no break found
 * @param eventsChecked      events whose hash was recomputed
 * @param streamsChecked     streams (aggregates) whose chain was walked
 * @param checkpointsChecked checkpoints recomputed (none when one stream is verified)
 * @param firstBroken        the earliest break in global order, null when verified
 */
public record AuditReport(boolean verified, long eventsChecked, long streamsChecked, long checkpointsChecked,
                          BrokenLink firstBroken) {

    /**
     * A place where the chain does not hold.
     *
     * @param globalPosition the event's global index; for {@code checkpoint_mismatch}, the checkpoint's position
     * @param streamId       the event's stream (aggregate id); null for a checkpoint
     * @param sequenceNumber the event's sequence number; null for a checkpoint
     * @param eventId        the event's identifier; null for a checkpoint
     * @param reason         one of the constants below
     * @param detail         what differs, for a human
     */
    public record BrokenLink(long globalPosition, String streamId, Long sequenceNumber, String eventId,
                             String reason, String detail) {

        /** The event's stored hash is not the hash of its stored values chained to its predecessor's hash. */
        public static final String HASH_MISMATCH = "hash_mismatch";
        /** The stream skips a sequence number before this event (or does not start at 0). */
        public static final String MISSING_EVENT = "missing_event";
        /** A checkpoint's range no longer hashes to the stored checkpoint hash, or the checkpoint chain skips. */
        public static final String CHECKPOINT_MISMATCH = "checkpoint_mismatch";
        /** The event has no hash. */
        public static final String UNSEALED = "unsealed";
    }
}
