package io.cartlog.platform.audit;

import io.cartlog.platform.audit.AuditReport.BrokenLink;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Recomputes the stream chains and the checkpoints from the stored rows. Rows are streamed through
 * cursors (a transaction, so PostgreSQL's driver fetches in pages instead of loading the table), one
 * pass over the streams in (aggregate, sequence) order and one over (position, hash) in global order.
 * Each event is checked against its predecessor's stored hash, so a break is found where it is, and
 * the earliest in global order is reported.
 */
@Component
public class AuditVerifier {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final AuditProperties properties;

    AuditVerifier(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AuditProperties properties) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.properties = properties;
    }

    /** Every stream and every checkpoint. */
    public AuditReport verifyStore() {
        return readOnly.execute(status -> jdbc.execute((ConnectionCallback<AuditReport>) connection -> {
            StreamChains streams = new StreamChains();
            try (PreparedStatement rows = connection.prepareStatement("SELECT " + EventRows.COLUMNS
                    + " FROM domain_event_entry ORDER BY aggregate_identifier, sequence_number")) {
                walk(rows, streams);
            }
            CheckpointWalk checkpoints = checkpoints(connection);
            BrokenLink first = earliest(streams.firstBroken, checkpoints.firstBroken);
            return new AuditReport(first == null, streams.events, streams.streams, checkpoints.checked, first);
        }));
    }

    /** One stream's chain; empty when the stream has no events. */
    public Optional<AuditReport> verifyStream(String streamId) {
        return Optional.ofNullable(readOnly.execute(status -> jdbc.execute((ConnectionCallback<AuditReport>) c -> {
            StreamChains streams = new StreamChains();
            try (PreparedStatement rows = c.prepareStatement("SELECT " + EventRows.COLUMNS
                    + " FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number")) {
                rows.setString(1, streamId);
                walk(rows, streams);
            }
            return streams.events == 0 ? null
                    : new AuditReport(streams.firstBroken == null, streams.events, streams.streams, 0,
                    streams.firstBroken);
        })));
    }

    private void walk(PreparedStatement statement, StreamChains streams) throws SQLException {
        statement.setFetchSize(properties.fetchSize());
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                streams.check(EventRows.globalIndex(rows), EventRows.stored(rows), EventRows.eventHash(rows));
            }
        }
    }

    /** Walks the checkpoints and the events they cover side by side, both in position order. */
    private CheckpointWalk checkpoints(Connection connection) throws SQLException {
        CheckpointWalk walk = new CheckpointWalk();
        try (PreparedStatement checkpoints = connection.prepareStatement("SELECT position, previous_position, "
                + "event_count, checkpoint_hash FROM audit_checkpoint ORDER BY position");
             PreparedStatement events = connection.prepareStatement("SELECT global_index, event_hash "
                     + "FROM domain_event_entry WHERE global_index <= (SELECT MAX(position) FROM audit_checkpoint) "
                     + "ORDER BY global_index")) {
            checkpoints.setFetchSize(properties.fetchSize());
            events.setFetchSize(properties.fetchSize());
            try (ResultSet sealed = checkpoints.executeQuery(); ResultSet rows = events.executeQuery()) {
                boolean pending = rows.next();
                while (sealed.next()) {
                    long position = sealed.getLong(1);
                    CheckpointHash hash = CheckpointHash.after(walk.previousHash);
                    while (pending && rows.getLong(1) <= position) {
                        hash.add(rows.getLong(1), rows.getString(2));
                        pending = rows.next();
                    }
                    walk.check(position, sealed.getLong(2), sealed.getLong(3), sealed.getString(4), hash);
                }
            }
        }
        return walk;
    }

    /** The earlier in global order; at the same position the event's own finding says more. */
    private static BrokenLink earliest(BrokenLink event, BrokenLink checkpoint) {
        if (event == null) {
            return checkpoint;
        }
        return checkpoint == null || event.globalPosition() <= checkpoint.globalPosition() ? event : checkpoint;
    }

    /** The state of the stream pass: rows arrive grouped by stream, in sequence order. */
    private static final class StreamChains {

        long events;
        long streams;
        BrokenLink firstBroken;
        private String stream;
        private long nextSequence;
        private String previousHash;

        void check(long position, StoredEvent row, String storedHash) {
            events++;
            if (!row.aggregateIdentifier().equals(stream)) {
                streams++;
                stream = row.aggregateIdentifier();
                nextSequence = 0;
                previousHash = EventHashes.GENESIS;
            }
            if (storedHash == null) {
                broken(position, row, BrokenLink.UNSEALED, "the event has no hash");
            } else if (row.sequenceNumber() != nextSequence) {
                broken(position, row, BrokenLink.MISSING_EVENT, nextSequence == row.sequenceNumber() - 1
                        ? "sequence number " + nextSequence + " is missing"
                        : "sequence numbers " + nextSequence + " to " + (row.sequenceNumber() - 1) + " are missing");
            } else if (previousHash != null && !EventHashes.hash(previousHash, row).equals(storedHash)) {
                broken(position, row, BrokenLink.HASH_MISMATCH,
                        "the stored values do not hash to the stored event_hash");
            }
            // The next event is checked against this one's stored hash, so each break shows where it is;
            // after an unsealed event there is nothing to check the next one against.
            nextSequence = row.sequenceNumber() + 1;
            previousHash = storedHash;
        }

        private void broken(long position, StoredEvent row, String reason, String detail) {
            if (firstBroken == null || position < firstBroken.globalPosition()) {
                firstBroken = new BrokenLink(position, row.aggregateIdentifier(), row.sequenceNumber(),
                        row.eventIdentifier(), reason, detail);
            }
        }
    }

    /** The state of the checkpoint pass. */
    private static final class CheckpointWalk {

        long checked;
        BrokenLink firstBroken;
        private long previousPosition;
        private String previousHash = EventHashes.GENESIS;

        void check(long position, long storedPrevious, long storedCount, String storedHash, CheckpointHash hash) {
            checked++;
            String detail = null;
            if (storedPrevious != previousPosition) {
                detail = "the checkpoint follows position " + storedPrevious + ", but the previous checkpoint is at "
                        + previousPosition;
            } else if (storedCount != hash.count()) {
                detail = "the range (" + previousPosition + ", " + position + "] holds " + hash.count()
                        + " events, " + storedCount + " when sealed";
            } else if (!hash.finish().equals(storedHash)) {
                detail = "the events of (" + previousPosition + ", " + position + "] no longer hash to the checkpoint";
            }
            if (detail != null && firstBroken == null) {
                firstBroken = new BrokenLink(position, null, null, null, BrokenLink.CHECKPOINT_MISMATCH, detail);
            }
            previousPosition = position;
            previousHash = storedHash;
        }
    }
}
