package io.cartlog.platform.audit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Axon's event insert with one more column, {@code event_hash}, computed from the very values bound
 * to the insert. The previous hash of a stream comes from the preceding event of the same batch,
 * else from the heads of streams this process committed lately (a committed row never changes, and
 * the store's unique (aggregate, sequence) key keeps any other writer from committing another one
 * there), else from one indexed lookup of (aggregate, sequence - 1) on the appending connection,
 * which sees that row: the aggregate was loaded from it, or wrote it earlier in the same transaction.
 *
 * <p>The timestamp is formatted here as Axon's JDBC engine formats it ({@link DateTimeUtils#formatInstant})
 * rather than through the engine's {@link TimestampWriter}, because the writer binds the value without
 * showing it, and the hashed string must be the stored one.
 */
public final class HashChainingAppend implements AppendEventsStatementBuilder {

    private static final String PREVIOUS_HASH = "SELECT event_hash FROM %s WHERE %s = ? AND %s = ?";

    private record Link(long sequenceNumber, String hash) {
    }

    /** The last committed event of recently written streams, by aggregate: a busy cart's next append reads nothing. */
    private final Cache<String, Link> committedHeads = Caffeine.newBuilder().maximumSize(100_000).build();

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        if (dataType != byte[].class) {
            throw new IllegalStateException("hash-chained events are stored as byte[], not " + dataType);
        }
        PreparedStatement insert = connection.prepareStatement("INSERT INTO " + schema.domainEventTable()
                + " (" + schema.domainEventFields() + ", event_hash) VALUES (?,?,?,?,?,?,?,?,?,?)");
        try {
            Map<String, Link> lastInBatch = new HashMap<>();
            for (EventMessage<?> message : events) {
                StoredEvent row = stored(asDomainEvent(message), serializer);
                String previous = previousHash(connection, schema, row, lastInBatch.get(row.aggregateIdentifier()));
                String hash = previous == null ? null : EventHashes.hash(previous, row);
                lastInBatch.put(row.aggregateIdentifier(), new Link(row.sequenceNumber(), hash));
                bind(insert, row, hash);
                insert.addBatch();
            }
            rememberOnCommit(lastInBatch);
            return insert;
        } catch (SQLException | RuntimeException e) {
            insert.close();
            throw e;
        }
    }

    private static StoredEvent stored(DomainEventMessage<?> event, Serializer serializer) {
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        SerializedObject<byte[]> metaData = event.serializeMetaData(serializer, byte[].class);
        return new StoredEvent(event.getIdentifier(), event.getAggregateIdentifier(), event.getSequenceNumber(),
                event.getType(), DateTimeUtils.formatInstant(event.getTimestamp()), payload.getType().getName(),
                payload.getType().getRevision(), payload.getData(), metaData.getData());
    }

    /**
     * Null when the previous event has no hash (a legacy row not sealed yet): the new event then stays
     * unsealed too, and {@link LegacySeal} seals both in stream order.
     */
    private String previousHash(Connection connection, EventSchema schema, StoredEvent row, Link inBatch)
            throws SQLException {
        if (row.sequenceNumber() == 0) {
            return EventHashes.GENESIS;
        }
        if (inBatch != null && inBatch.sequenceNumber() == row.sequenceNumber() - 1) {
            return inBatch.hash();
        }
        Link committed = committedHeads.getIfPresent(row.aggregateIdentifier());
        if (committed != null && committed.sequenceNumber() == row.sequenceNumber() - 1) {
            return committed.hash();
        }
        try (PreparedStatement select = connection.prepareStatement(PREVIOUS_HASH.formatted(schema.domainEventTable(),
                schema.aggregateIdentifierColumn(), schema.sequenceNumberColumn()))) {
            select.setString(1, row.aggregateIdentifier());
            select.setLong(2, row.sequenceNumber() - 1);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    /** Only committed links are remembered: a rolled-back append may be taken by another event. */
    private void rememberOnCommit(Map<String, Link> heads) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                heads.forEach((aggregate, head) -> {
                    if (head.hash() != null) {
                        committedHeads.put(aggregate, head);
                    }
                });
            }
        });
    }

    private static void bind(PreparedStatement insert, StoredEvent row, String hash) throws SQLException {
        insert.setString(1, row.eventIdentifier());
        insert.setString(2, row.aggregateIdentifier());
        insert.setLong(3, row.sequenceNumber());
        insert.setString(4, row.type());
        insert.setString(5, row.timeStamp());
        insert.setString(6, row.payloadType());
        insert.setString(7, row.payloadRevision());
        insert.setBytes(8, row.payload());
        insert.setBytes(9, row.metaData());
        insert.setString(10, hash);
    }

    /** As Axon stores an event published outside an aggregate: its own stream of one, type null. */
    private static DomainEventMessage<?> asDomainEvent(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domainEvent ? domainEvent
                : new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
    }
}
