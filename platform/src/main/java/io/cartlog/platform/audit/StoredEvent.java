package io.cartlog.platform.audit;

/**
 * One row of {@code domain_event_entry} as stored, the input of {@link EventHashes#hash}. Every value is
 * the column's exact content: the timestamp is the stored string, payload and metadata the stored bytes.
 * The arrays are not copied; callers must not change them after hashing.
 *
 * @param eventIdentifier     {@code event_identifier}
 * @param aggregateIdentifier {@code aggregate_identifier}, the stream
 * @param sequenceNumber      {@code sequence_number}
 * @param type                {@code type}, the aggregate type (null for events without an aggregate)
 * @param timeStamp           {@code time_stamp}
 * @param payloadType         {@code payload_type}
 * @param payloadRevision     {@code payload_revision} (may be null)
 * @param payload             {@code payload}
 * @param metaData            {@code meta_data} (may be null)
 */
public record StoredEvent(String eventIdentifier, String aggregateIdentifier, long sequenceNumber, String type,
                          String timeStamp, String payloadType, String payloadRevision, byte[] payload,
                          byte[] metaData) {
}
