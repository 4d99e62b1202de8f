package io.cartlog.query.audit;

/** One row of {@code domain_event_entry}, as stored: the payload at its stored revision. */
record StoredEvent(
        long position,
        String eventId,
        String aggregateType,
        String streamId,
        long sequenceNumber,
        String timestamp,
        String payloadType,
        String payloadRevision,
        byte[] payload,
        byte[] metaData) {

    static final String COLUMNS = """
            global_index, event_identifier, type, aggregate_identifier, sequence_number, time_stamp,
            payload_type, payload_revision, payload, meta_data""";
}
