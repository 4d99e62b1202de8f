package io.cartlog.query.webhook;

import java.time.Instant;

/** A public event as queued for delivery: where it stands in the store and in its stream. */
record QueuedEvent(String id, String type, long position, String streamId, String resourceType, String resourceId,
                   long version, Instant occurredAt, String event, String schemaVersion, String changes) {

    /** The origin of deliveries queued as events happen; a replay's deliveries carry its id instead. */
    static final String LIVE = "live";

    /** The {@code webhook-id} and the payload's {@code id}: one per event, however often it is sent. */
    static String idOf(String eventIdentifier) {
        return "evt_" + eventIdentifier.replace("-", "");
    }
}
