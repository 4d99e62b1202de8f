package io.cartlog.platform.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Gives a hash to events stored without one: the whole store once when it was created before V77,
 * and afterwards what an older node or a direct insert wrote. Events are sealed in stream order, each
 * chained to its predecessor. Only events after the last checkpoint are sealed: a checkpointed event
 * without a hash stays unsealed, and verification reports it (docs/decisions/tamper-evidence.md).
 * The hashes are deterministic, so nodes sealing at the same time write the same values.
 */
@Component
public class LegacySeal {

    private static final Logger log = LoggerFactory.getLogger(LegacySeal.class);
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AuditProperties properties;

    LegacySeal(JdbcTemplate jdbc, TransactionTemplate transactions, AuditProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        int sealed = sealUnsealed();
        if (sealed > 0) {
            log.info("Sealed {} events stored without a hash", sealed);
        }
    }

    /** Seals the events after the last checkpoint that have no hash; answers how many it sealed. */
    public int sealUnsealed() {
        Integer sealed = transactions.execute(status -> jdbc.execute((ConnectionCallback<Integer>) this::seal));
        return sealed == null ? 0 : sealed;
    }

    private int seal(Connection connection) throws SQLException {
        int sealed = 0;
        try (PreparedStatement unsealed = connection.prepareStatement("SELECT " + EventRows.COLUMNS
                + " FROM domain_event_entry WHERE event_hash IS NULL AND global_index > "
                + "(SELECT COALESCE(MAX(position), 0) FROM audit_checkpoint) "
                + "ORDER BY aggregate_identifier, sequence_number");
             PreparedStatement previous = connection.prepareStatement("SELECT event_hash FROM domain_event_entry "
                     + "WHERE aggregate_identifier = ? AND sequence_number = ?");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE domain_event_entry SET event_hash = ? WHERE global_index = ? AND event_hash IS NULL")) {
            unsealed.setFetchSize(properties.fetchSize());
            String lastStream = null;
            long lastSequence = -1;
            String lastHash = null;
            int batched = 0;
            try (ResultSet rows = unsealed.executeQuery()) {
                while (rows.next()) {
                    StoredEvent row = EventRows.stored(rows);
                    String previousHash;
                    if (row.sequenceNumber() == 0) {
                        previousHash = EventHashes.GENESIS;
                    } else if (row.aggregateIdentifier().equals(lastStream) && lastSequence == row.sequenceNumber() - 1) {
                        previousHash = lastHash;
                    } else {
                        previousHash = storedHash(previous, row.aggregateIdentifier(), row.sequenceNumber() - 1);
                    }
                    String hash = previousHash == null ? null : EventHashes.hash(previousHash, row);
                    lastStream = row.aggregateIdentifier();
                    lastSequence = row.sequenceNumber();
                    lastHash = hash;
                    if (hash == null) {
                        // Its predecessor is missing or itself unsealable: verification reports the stream.
                        continue;
                    }
                    update.setString(1, hash);
                    update.setLong(2, EventRows.globalIndex(rows));
                    update.addBatch();
                    sealed++;
                    if (++batched == BATCH) {
                        update.executeBatch();
                        batched = 0;
                    }
                }
            }
            if (batched > 0) {
                update.executeBatch();
            }
        }
        return sealed;
    }

    private static String storedHash(PreparedStatement previous, String stream, long sequenceNumber)
            throws SQLException {
        previous.setString(1, stream);
        previous.setLong(2, sequenceNumber);
        try (ResultSet row = previous.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
