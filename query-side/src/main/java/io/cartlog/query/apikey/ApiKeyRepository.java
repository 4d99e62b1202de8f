package io.cartlog.query.apikey;

import io.cartlog.query.common.Page;
import io.cartlog.query.common.Search;
import io.cartlog.queries.apikey.ApiKeyView;
import io.cartlog.queries.apikey.ApiKeyView.SalesChannelSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class ApiKeyRepository {

    private final JdbcClient jdbc;

    ApiKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the key unless a redelivered event finds it already there. */
    void insert(String id, String token, String redacted, String title, String type, long version, Instant at) {
        jdbc.sql("""
                        INSERT INTO api_key_view (id, token, redacted, title, type, version, created_at, updated_at)
                        SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM api_key_view WHERE id = ?)""")
                .params(id, token, redacted, title, type, version, utc(at), utc(at), id)
                .update();
    }

    // Each change below applies unless the row already reflects this version or a later one.

    void updateTitle(String id, String title, long version, Instant at) {
        jdbc.sql("UPDATE api_key_view SET title = ?, version = ?, updated_at = ? WHERE id = ? AND version < ?")
                .params(title, version, utc(at), id, version)
                .update();
    }

    void markRevoked(String id, long version, Instant at) {
        jdbc.sql("UPDATE api_key_view SET revoked_at = ?, version = ?, updated_at = ? WHERE id = ? AND version < ?")
                .params(utc(at), version, utc(at), id, version)
                .update();
    }

    /** Answers whether the key was behind {@code version} and is now at it. */
    boolean advance(String id, long version, Instant at) {
        return jdbc.sql("UPDATE api_key_view SET version = ?, updated_at = ? WHERE id = ? AND version < ?")
                .params(version, utc(at), id, version)
                .update() == 1;
    }

    void markDeleted(String id, long version, Instant at) {
        jdbc.sql("UPDATE api_key_view SET deleted_at = ?, version = ?, updated_at = ? WHERE id = ? AND version < ?")
                .params(utc(at), version, utc(at), id, version)
                .update();
    }

    void replaceSalesChannels(String apiKeyId, List<String> salesChannelIds) {
        jdbc.sql("DELETE FROM api_key_view_sales_channel WHERE api_key_id = ?").param(apiKeyId).update();
        for (int position = 0; position < salesChannelIds.size(); position++) {
            jdbc.sql("INSERT INTO api_key_view_sales_channel (api_key_id, sales_channel_id, position) VALUES (?, ?, ?)")
                    .params(apiKeyId, salesChannelIds.get(position), position)
                    .update();
        }
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM api_key_view_sales_channel").update();
        jdbc.sql("DELETE FROM api_key_view").update();
    }

    Optional<ApiKeyView> find(String id) {
        return jdbc.sql("SELECT * FROM api_key_view WHERE id = ? AND deleted_at IS NULL").param(id)
                .query(this::row).optional()
                .map(row -> row.toView(salesChannelsOf(List.of(id)).getOrDefault(id, List.of())));
    }

    List<ApiKeyView> list(String type, String q, Page page) {
        Filter filter = Filter.of(type, q);
        List<Object> params = new ArrayList<>(filter.params());
        params.add(page.limit());
        params.add(page.offset());
        List<Row> rows = jdbc.sql("SELECT * FROM api_key_view WHERE " + filter.where()
                        + " ORDER BY created_at, id LIMIT ? OFFSET ?")
                .params(params)
                .query(this::row).list();
        Map<String, List<SalesChannelSummary>> channels = salesChannelsOf(rows.stream().map(Row::id).toList());
        return rows.stream().map(row -> row.toView(channels.getOrDefault(row.id(), List.of()))).toList();
    }

    long count(String type, String q) {
        Filter filter = Filter.of(type, q);
        return jdbc.sql("SELECT COUNT(*) FROM api_key_view WHERE " + filter.where())
                .params(filter.params())
                .query(Long.class).single();
    }

    /**
     * Linked channels with their names, read from the sales-channel read model at query time so
     * that a rename shows without replaying keys; a deleted channel keeps its link, nameless.
     */
    private Map<String, List<SalesChannelSummary>> salesChannelsOf(List<String> apiKeyIds) {
        Map<String, List<SalesChannelSummary>> byKey = new LinkedHashMap<>();
        if (apiKeyIds.isEmpty()) {
            return byKey;
        }
        jdbc.sql("""
                        SELECT l.api_key_id, l.sales_channel_id, c.name FROM api_key_view_sales_channel l
                        LEFT JOIN sales_channel_view c ON c.id = l.sales_channel_id AND c.deleted_at IS NULL
                        WHERE l.api_key_id IN (:ids) ORDER BY l.api_key_id, l.position""")
                .param("ids", apiKeyIds)
                .query((rs, n) -> byKey.computeIfAbsent(rs.getString("api_key_id"), id -> new ArrayList<>())
                        .add(new SalesChannelSummary(rs.getString("sales_channel_id"), rs.getString("name"))))
                .list();
        return byKey;
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("id"), rs.getString("token"), rs.getString("redacted"), rs.getString("title"),
                rs.getString("type"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")),
                instant(rs.getTimestamp("revoked_at")), rs.getLong("version"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private record Row(String id, String token, String redacted, String title, String type, Instant createdAt,
                       Instant updatedAt, Instant revokedAt, long version) {

        /** A secret key's token shows as empty, as Medusa shows it after creation. */
        ApiKeyView toView(List<SalesChannelSummary> salesChannels) {
            return new ApiKeyView(id, token == null ? "" : token, redacted, title, type, null, null, createdAt,
                    updatedAt, null, revokedAt, null, salesChannels, version);
        }
    }

    /** Live keys, of one type when given, whose title or redacted token contains {@code q} when given. */
    private record Filter(String where, List<Object> params) {

        static Filter of(String type, String q) {
            StringBuilder where = new StringBuilder("deleted_at IS NULL");
            List<Object> params = new ArrayList<>();
            if (type != null) {
                where.append(" AND type = ?");
                params.add(type);
            }
            if (q != null && !q.isBlank()) {
                where.append(" AND (LOWER(title)").append(Search.LIKE)
                        .append(" OR LOWER(redacted)").append(Search.LIKE).append(')');
                params.add(Search.containing(q.trim()));
                params.add(Search.containing(q.trim()));
            }
            return new Filter(where.toString(), params);
        }
    }
}
