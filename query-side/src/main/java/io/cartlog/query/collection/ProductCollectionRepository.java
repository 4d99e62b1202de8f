package io.cartlog.query.collection;

import io.cartlog.queries.collection.ProductCollectionView;
import io.cartlog.query.common.JsonColumns;
import io.cartlog.query.common.Page;
import io.cartlog.query.common.QueryParams;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class ProductCollectionRepository {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    ProductCollectionRepository(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the collection unless a replayed event finds it already there. */
    void insert(String id, String title, String handle, Map<String, Object> metadata, long version, Instant at) {
        jdbc.sql("""
                        INSERT INTO product_collection_view (id, title, handle, metadata, version, created_at, updated_at)
                        SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM product_collection_view WHERE id = ?)""")
                .params(id, title, handle, json.write(metadata), version, utc(at), utc(at), id)
                .update();
    }

    /** Applies an update unless the row already reflects this version or a later one. */
    void update(String id, String title, String handle, Map<String, Object> metadata, long version, Instant at) {
        jdbc.sql("""
                        UPDATE product_collection_view SET title = ?, handle = ?, metadata = ?, version = ?, updated_at = ?
                        WHERE id = ? AND version < ?""")
                .params(title, handle, json.write(metadata), version, utc(at), id, version)
                .update();
    }

    void delete(String id) {
        jdbc.sql("DELETE FROM product_collection_view WHERE id = ?").param(id).update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM product_collection_view").update();
    }

    Optional<ProductCollectionView> find(String id) {
        return jdbc.sql("SELECT * FROM product_collection_view WHERE id = ?").param(id).query(this::view).optional();
    }

    Map<String, ProductCollectionView> byIds(Collection<String> ids) {
        Map<String, ProductCollectionView> byId = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT * FROM product_collection_view WHERE id IN (:ids)").param("ids", ids)
                    .query(this::view).list()
                    .forEach(view -> byId.put(view.id(), view));
        }
        return byId;
    }

    List<ProductCollectionView> list(Filter filter, Page page) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params);
        params.put("limit", page.limit());
        params.put("offset", page.offset());
        return jdbc.sql("SELECT * FROM product_collection_view WHERE " + where
                        + " ORDER BY created_at, id LIMIT :limit OFFSET :offset")
                .params(params).query(this::view).list();
    }

    long count(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM product_collection_view WHERE " + filter.where(params))
                .params(params).query(Long.class).single();
    }

    private ProductCollectionView view(ResultSet rs, int n) throws SQLException {
        return new ProductCollectionView(rs.getString("id"), rs.getString("title"), rs.getString("handle"),
                json.readMap(rs.getString("metadata")), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), null, rs.getLong("version"));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }

    record Filter(List<String> ids, List<String> handles, String q) {

        String where(Map<String, Object> params) {
            List<String> conditions = new ArrayList<>();
            conditions.add("1 = 1");
            if (!ids.isEmpty()) {
                conditions.add("id IN (:ids)");
                params.put("ids", ids);
            }
            if (!handles.isEmpty()) {
                conditions.add("handle IN (:handles)");
                params.put("handles", handles);
            }
            if (q != null && !q.isBlank()) {
                conditions.add("(LOWER(title) LIKE :q ESCAPE '\\' OR LOWER(handle) LIKE :q ESCAPE '\\')");
                params.put("q", QueryParams.containsPattern(q));
            }
            return String.join(" AND ", conditions);
        }
    }
}
