package io.cartlog.query.returnreason;

import io.cartlog.events.returnreason.ReturnReasonCreatedEvent;
import io.cartlog.events.returnreason.ReturnReasonUpdatedEvent;
import io.cartlog.query.common.JsonColumns;
import io.cartlog.queries.returnreason.ReturnReasonView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** {@code return_reason_view}; its {@code reason} column is the reason's {@code value} (a reserved word in SQL). */
@Repository
class ReturnReasonRepository {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    ReturnReasonRepository(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the reason unless a redelivered event finds it already there. */
    void insert(ReturnReasonCreatedEvent event, long version, Instant at) {
        jdbc.sql("""
                        INSERT INTO return_reason_view (id, reason, label, description, metadata, version, created_at,
                                                        updated_at)
                        SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM return_reason_view WHERE id = ?)""")
                .params(event.returnReasonId(), event.value(), event.label(), event.description(),
                        json.write(event.metadata()), version, utc(at), utc(at), event.returnReasonId())
                .update();
    }

    /** Applies an update unless the row already reflects this version or a later one. */
    void update(ReturnReasonUpdatedEvent event, long version, Instant at) {
        jdbc.sql("""
                        UPDATE return_reason_view SET reason = ?, label = ?, description = ?, metadata = ?, version = ?,
                                                      updated_at = ?
                        WHERE id = ? AND version < ?""")
                .params(event.value(), event.label(), event.description(), json.write(event.metadata()), version,
                        utc(at), event.returnReasonId(), version)
                .update();
    }

    void markDeleted(String id, long version, Instant at) {
        jdbc.sql("UPDATE return_reason_view SET deleted_at = ?, updated_at = ?, version = ? WHERE id = ? AND version < ?")
                .params(utc(at), utc(at), version, id, version)
                .update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM return_reason_view").update();
    }

    Optional<ReturnReasonView> find(String id) {
        return jdbc.sql("SELECT * FROM return_reason_view WHERE id = ? AND deleted_at IS NULL").param(id)
                .query(this::view).optional();
    }

    /** Every live reason, oldest first: a short list staff keep by hand. */
    List<ReturnReasonView> list() {
        return jdbc.sql("SELECT * FROM return_reason_view WHERE deleted_at IS NULL ORDER BY created_at, id")
                .query(this::view).list();
    }

    private ReturnReasonView view(ResultSet rs, int n) throws SQLException {
        return new ReturnReasonView(rs.getString("id"), rs.getString("reason"), rs.getString("label"),
                rs.getString("description"), json.readMap(rs.getString("metadata")),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")),
                instant(rs.getTimestamp("deleted_at")), rs.getLong("version"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
