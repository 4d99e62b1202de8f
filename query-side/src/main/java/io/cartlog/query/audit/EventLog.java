package io.cartlog.query.audit;

import io.cartlog.platform.audit.StoredEvent;
import org.postgresql.PGStatement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Reads {@code domain_event_entry} for auditors: one stream, the global order page by page, or all of it. */
@Repository
class EventLog {

    /** A page that filters on the actor reads at most this many rows, then hands out a cursor to go on. */
    static final int MAX_SCAN = 10_000;
    /** Positions this far below the scanned end are taken as settled: no transaction stays open that long. */
    private static final int GAP_WINDOW = 10_000;
    private static final int MAX_GAPS = 1_000;
    private static final RowMapper<PositionedEvent> ROWS = (rs, n) -> new PositionedEvent(rs.getLong(1),
            new StoredEvent(rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                    rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10)));

    private final JdbcTemplate jdbc;
    private final JdbcTemplate cursors;
    private final TransactionTemplate readOnly;
    private final AuditEventReader reader;
    private final Duration gapTimeout;
    private final Clock clock;

    EventLog(DataSource dataSource, TransactionTemplate transactions, AuditEventReader reader,
             @Value("${cartlog.audit.feed-gap-timeout:60s}") Duration gapTimeout) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.cursors = new JdbcTemplate(dataSource);
        // On PostgreSQL a fetch size only streams inside a transaction; without one the driver reads everything.
        this.cursors.setFetchSize(1_000);
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.reader = reader;
        this.gapTimeout = gapTimeout;
        this.clock = Clock.systemUTC();
    }

    /** The aggregate type of a stream, if it has any event. */
    Optional<String> aggregateType(String streamId) {
        return jdbc.query("SELECT type FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0",
                (rs, n) -> rs.getString(1), streamId).stream().findFirst();
    }

    /** A stream's events after {@code afterVersion}, in order. */
    List<AuditEvent> stream(String streamId, long afterVersion, int limit) {
        return jdbc.query("SELECT " + PositionedEvent.COLUMNS + " FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ? AND sequence_number > ? ORDER BY sequence_number LIMIT ?",
                        ROWS, streamId, afterVersion, limit)
                .stream().map(reader::read).toList();
    }

    long head() {
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    /** Up to {@code limit} events after the cursor that match, and the cursor to go on from. */
    FeedPage page(FeedFilter filter, FeedCursor cursor, int limit) {
        long head = head();
        FeedFilter.Sql where = filter.sql();
        List<AuditEvent> events = new ArrayList<>();
        long scannedTo = cursor.position();
        long lastRow = 0;
        int scanned = 0;
        boolean exhausted = false;
        while (events.size() < limit && scanned < MAX_SCAN) {
            List<Object> params = new ArrayList<>();
            String late = cursor.hasGaps()
                    ? " OR global_index IN (" + String.join(", ", cursor.gaps().keySet().stream().map(g -> "?").toList()) + ")"
                    : "";
            params.add(cursor.position());
            params.addAll(cursor.gaps().keySet());
            params.add(lastRow);
            params.add(head);
            params.addAll(where.params());
            int chunk = Math.min(limit - events.size() + (filter.actor() == null ? 0 : 200), MAX_SCAN - scanned);
            params.add(chunk);
            List<PositionedEvent> rows = jdbc.query("SELECT " + PositionedEvent.COLUMNS + " FROM domain_event_entry"
                    + " WHERE (global_index > ?" + late + ") AND global_index > ? AND global_index <= ?"
                    + " AND " + where.where() + " ORDER BY global_index LIMIT ?", ROWS, params.toArray());
            for (PositionedEvent row : rows) {
                lastRow = row.position();
                scanned++;
                scannedTo = Math.max(scannedTo, row.position());
                AuditEvent event = reader.read(row);
                if (filter.matchesActor(event)) {
                    events.add(event);
                    if (events.size() == limit) {
                        break;
                    }
                }
            }
            if (rows.size() < chunk) {
                exhausted = true;
                break;
            }
        }
        if (exhausted || scannedTo > head) {
            scannedTo = Math.max(scannedTo, head);
        }
        FeedCursor next = new FeedCursor(scannedTo, gaps(cursor, scannedTo));
        return new FeedPage(events, next, head, !exhausted);
    }

    /**
     * The positions below {@code scannedTo} still missing: the cursor's old gaps not yet filled
     * and not timed out, and new ones near the scanned end whose neighbours are recent.
     */
    private SortedMap<Long, Long> gaps(FeedCursor cursor, long scannedTo) {
        long now = clock.millis();
        SortedMap<Long, Long> gaps = new TreeMap<>();
        if (cursor.hasGaps()) {
            List<Object> old = new ArrayList<>(cursor.gaps().keySet());
            List<Long> filled = jdbc.queryForList("SELECT global_index FROM domain_event_entry WHERE global_index IN ("
                    + String.join(", ", old.stream().map(g -> "?").toList()) + ")", Long.class, old.toArray());
            cursor.gaps().forEach((gap, seenAt) -> {
                if (!filled.contains(gap) && now - seenAt < gapTimeout.toMillis()) {
                    gaps.put(gap, seenAt);
                }
            });
        }
        long from = Math.max(cursor.position(), scannedTo - GAP_WINDOW);
        if (from < scannedTo) {
            long[] expected = {from + 1};
            jdbc.query("SELECT global_index, time_stamp FROM domain_event_entry"
                    + " WHERE global_index > ? AND global_index <= ? ORDER BY global_index", rs -> {
                long present = rs.getLong(1);
                long bornAt = StoredTimestamps.parse(rs.getString(2)).toEpochMilli();
                for (long gap = expected[0]; gap < present && gaps.size() < MAX_GAPS; gap++) {
                    if (now - bornAt < gapTimeout.toMillis()) {
                        gaps.put(gap, bornAt);
                    }
                }
                expected[0] = present + 1;
            }, from, scannedTo);
        }
        return gaps;
    }

    /**
     * Every row that matches the filter's stored columns, in global order, to {@code sink}, streamed
     * from a database cursor; the actor is left to the sink, which reads the metadata anyway.
     */
    void export(FeedFilter filter, long head, Consumer<PositionedEvent> sink) {
        FeedFilter.Sql where = filter.sql();
        List<Object> params = new ArrayList<>(where.params());
        params.add(head);
        PreparedStatementSetter setter = statement -> {
            // Binary results: PostgreSQL sends payloads as stored, not as hex text twice their size.
            if (statement.isWrapperFor(PGStatement.class)) {
                statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
            }
            new ArgumentPreparedStatementSetter(params.toArray()).setValues(statement);
        };
        readOnly.executeWithoutResult(status -> cursors.query("SELECT " + PositionedEvent.COLUMNS
                + " FROM domain_event_entry WHERE " + where.where() + " AND global_index <= ? ORDER BY global_index",
                setter, (RowCallbackHandler) rs -> sink.accept(ROWS.mapRow(rs, 0))));
    }

    record FeedPage(List<AuditEvent> events, FeedCursor next, long head, boolean hasMore) {
    }
}
