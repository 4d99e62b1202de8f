package io.cartlog.query.saleschannel;

import io.cartlog.query.common.JsonColumns;
import io.cartlog.query.common.Page;
import io.cartlog.query.common.Search;
import io.cartlog.queries.saleschannel.SalesChannelView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class SalesChannelRepository {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    SalesChannelRepository(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the channel unless a redelivered event finds it already there. */
    void insert(String id, String name, String description, boolean isDisabled, Map<String, Object> metadata,
                long version, Instant at) {
        jdbc.sql("""
                        INSERT INTO sales_channel_view (id, name, description, is_disabled, metadata, version, created_at,
                                                        updated_at)
                        SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM sales_channel_view WHERE id = ?)""")
                .params(id, name, description, isDisabled, json.write(metadata), version, utc(at), utc(at), id)
                .update();
    }

    /** Applies an update unless the row already reflects this version or a later one. */
    void update(String id, String name, String description, boolean isDisabled, Map<String, Object> metadata,
                long version, Instant at) {
        jdbc.sql("""
                        UPDATE sales_channel_view SET name = ?, description = ?, is_disabled = ?, metadata = ?, version = ?,
                                                      updated_at = ?
                        WHERE id = ? AND version < ?""")
                .params(name, description, isDisabled, json.write(metadata), version, utc(at), id, version)
                .update();
    }

    void markDeleted(String id, long version, Instant at) {
        jdbc.sql("UPDATE sales_channel_view SET deleted_at = ?, updated_at = ?, version = ? WHERE id = ? AND version < ?")
                .params(utc(at), utc(at), version, id, version)
                .update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM sales_channel_view").update();
    }

    Optional<SalesChannelView> find(String id) {
        return jdbc.sql("SELECT * FROM sales_channel_view WHERE id = ? AND deleted_at IS NULL").param(id)
                .query(this::view).optional();
    }

    List<SalesChannelView> list(String q, Page page) {
        Filter filter = Filter.of(q);
        List<Object> params = new ArrayList<>(filter.params());
        params.add(page.limit());
        params.add(page.offset());
        return jdbc.sql("SELECT * FROM sales_channel_view WHERE " + filter.where()
                        + " ORDER BY created_at, id LIMIT ? OFFSET ?")
                .params(params)
                .query(this::view).list();
    }

    long count(String q) {
        Filter filter = Filter.of(q);
        return jdbc.sql("SELECT COUNT(*) FROM sales_channel_view WHERE " + filter.where())
                .params(filter.params())
                .query(Long.class).single();
    }

    private SalesChannelView view(ResultSet rs, int n) throws SQLException {
        return new SalesChannelView(rs.getString("id"), rs.getString("name"), rs.getString("description"),
                rs.getBoolean("is_disabled"), json.readMap(rs.getString("metadata")), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")), instant(rs.getTimestamp("deleted_at")), rs.getLong("version"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    /** Live channels, those whose name or description contains {@code q} when given. */
    private record Filter(String where, List<Object> params) {

        static Filter of(String q) {
            if (q == null || q.isBlank()) {
                return new Filter("deleted_at IS NULL", List.of());
            }
            String pattern = Search.containing(q.trim());
            return new Filter("deleted_at IS NULL AND (LOWER(name)" + Search.LIKE + " OR LOWER(description)" + Search.LIKE + ")",
                    List.of(pattern, pattern));
        }
    }
}
