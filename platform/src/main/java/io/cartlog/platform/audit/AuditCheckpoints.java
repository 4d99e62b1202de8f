package io.cartlog.platform.audit;

import org.axonframework.common.DateTimeUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Seals the global order in checkpoints, each over the settled events after the previous one. Every
 * node runs the job; the checkpoint table's unique keys let exactly one node add each checkpoint.
 */
@Component
public class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);
    private static final Checkpoint ORIGIN = new Checkpoint(0, 0, 0, EventHashes.GENESIS, Instant.EPOCH);

    private final JdbcClient sql;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final LegacySeal seal;
    private final AuditProperties properties;
    private final Clock clock = Clock.systemUTC();

    AuditCheckpoints(JdbcClient sql, JdbcTemplate jdbc, TransactionTemplate transactions, LegacySeal seal,
                     AuditProperties properties) {
        this.sql = sql;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.seal = seal;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${cartlog.audit.checkpoint-interval:1m}",
            fixedDelayString = "${cartlog.audit.checkpoint-interval:1m}")
    void scheduled() {
        try {
            checkpoint(clock.instant().minus(properties.checkpointSettle()))
                    .ifPresent(c -> log.debug("Checkpoint at {} over {} events", c.position(), c.eventCount()));
        } catch (RuntimeException e) {
            log.warn("Sealing an audit checkpoint failed: {}", e.toString());
        }
    }

    /**
     * Adds the next checkpoint, over the events after the last one up to the highest position before
     * the first event stamped at or after {@code settledBefore}. Empty when there is nothing settled to
     * seal, an event in the range is still unsealed, or another node added a checkpoint meanwhile.
     */
    public Optional<Checkpoint> checkpoint(Instant settledBefore) {
        seal.sealUnsealed();
        Checkpoint last = latest(1, 0).stream().findFirst().orElse(ORIGIN);
        long firstUnsettled = sql.sql("SELECT COALESCE(MIN(global_index), ?) FROM domain_event_entry "
                        + "WHERE global_index > ? AND time_stamp >= ?")
                .params(Long.MAX_VALUE, last.position(), DateTimeUtils.formatInstant(settledBefore))
                .query(Long.class).single();
        long position = sql.sql("SELECT COALESCE(MAX(global_index), ?) FROM domain_event_entry "
                        + "WHERE global_index > ? AND global_index < ?")
                .params(last.position(), last.position(), firstUnsettled)
                .query(Long.class).single();
        if (position == last.position()) {
            return Optional.empty();
        }
        CheckpointHash hash = transactions.execute(status -> jdbc.execute(
                (ConnectionCallback<CheckpointHash>) connection -> hashRange(connection, last, position)));
        if (hash == null) {
            log.info("Checkpoint after {} waits: an event up to {} has no hash yet", last.position(), position);
            return Optional.empty();
        }
        Checkpoint checkpoint = new Checkpoint(position, last.position(), hash.count(), hash.finish(),
                clock.instant());
        try {
            sql.sql("INSERT INTO audit_checkpoint (position, previous_position, event_count, checkpoint_hash, "
                            + "created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(checkpoint.position(), checkpoint.previousPosition(), checkpoint.eventCount(),
                            checkpoint.checkpointHash(), Timestamp.from(checkpoint.createdAt()))
                    .update();
            return Optional.of(checkpoint);
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return Optional.empty();
        }
    }

    /** Null when an event of the range has no hash. */
    private CheckpointHash hashRange(Connection connection, Checkpoint last, long position) throws SQLException {
        CheckpointHash hash = CheckpointHash.after(last.checkpointHash());
        try (PreparedStatement range = connection.prepareStatement("SELECT global_index, event_hash "
                + "FROM domain_event_entry WHERE global_index > ? AND global_index <= ? ORDER BY global_index")) {
            range.setFetchSize(properties.fetchSize());
            range.setLong(1, last.position());
            range.setLong(2, position);
            try (ResultSet rows = range.executeQuery()) {
                while (rows.next()) {
                    String eventHash = rows.getString(2);
                    if (eventHash == null) {
                        return null;
                    }
                    hash.add(rows.getLong(1), eventHash);
                }
            }
        }
        return hash;
    }

    /** Newest first. */
    public List<Checkpoint> latest(int limit, int offset) {
        return sql.sql("SELECT position, previous_position, event_count, checkpoint_hash, created_at "
                        + "FROM audit_checkpoint ORDER BY position DESC LIMIT ? OFFSET ?")
                .params(limit, offset)
                .query((row, n) -> new Checkpoint(row.getLong(1), row.getLong(2), row.getLong(3), row.getString(4),
                        row.getTimestamp(5).toInstant()))
                .list();
    }

    public long count() {
        return sql.sql("SELECT COUNT(*) FROM audit_checkpoint").query(Long.class).single();
    }
}
