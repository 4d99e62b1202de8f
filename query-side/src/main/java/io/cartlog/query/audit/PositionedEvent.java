package io.cartlog.query.audit;

import io.cartlog.platform.audit.StoredEvent;

/** A stored event and its global position, as the audit routes read them. */
record PositionedEvent(long position, StoredEvent event) {

    static final String COLUMNS = """
            global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
            payload_type, payload_revision, payload, meta_data""";
}
