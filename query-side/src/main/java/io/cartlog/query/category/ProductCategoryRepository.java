package io.cartlog.query.category;

import io.cartlog.queries.category.ProductCategoryView;
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
class ProductCategoryRepository {

    /** Storefronts see only active, public categories. */
    private static final String VISIBLE_IN_STORE = "is_active = TRUE AND is_internal = FALSE";

    private final JdbcClient jdbc;
    private final JsonColumns json;

    ProductCategoryRepository(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the category unless a replayed event finds it already there. */
    void insert(Row row) {
        jdbc.sql("""
                        INSERT INTO product_category_view (id, name, handle, description, parent_category_id, is_active,
                                                           is_internal, category_rank, metadata, version, created_at, updated_at)
                        SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                        WHERE NOT EXISTS (SELECT 1 FROM product_category_view WHERE id = ?)""")
                .params(row.id(), row.name(), row.handle(), row.description(), row.parentCategoryId(), row.isActive(),
                        row.isInternal(), row.rank(), json.write(row.metadata()), row.version(), utc(row.createdAt()),
                        utc(row.updatedAt()), row.id())
                .update();
    }

    /** Applies an update unless the row already reflects this version or a later one. */
    void update(Row row) {
        jdbc.sql("""
                        UPDATE product_category_view SET name = ?, handle = ?, description = ?, parent_category_id = ?,
                               is_active = ?, is_internal = ?, category_rank = ?, metadata = ?, version = ?, updated_at = ?
                        WHERE id = ? AND version < ?""")
                .params(row.name(), row.handle(), row.description(), row.parentCategoryId(), row.isActive(),
                        row.isInternal(), row.rank(), json.write(row.metadata()), row.version(), utc(row.updatedAt()),
                        row.id(), row.version())
                .update();
    }

    void delete(String id) {
        jdbc.sql("DELETE FROM product_category_view WHERE id = ?").param(id).update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM product_category_view").update();
    }

    Optional<ProductCategoryView> find(String id, boolean storeOnly) {
        return jdbc.sql("SELECT * FROM product_category_view WHERE id = :id" + (storeOnly ? " AND " + VISIBLE_IN_STORE : ""))
                .param("id", id)
                .query(this::row).optional()
                .map(row -> withFamilies(List.of(row), storeOnly).get(0));
    }

    List<ProductCategoryView> list(Filter filter, Page page) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params);
        params.put("limit", page.limit());
        params.put("offset", page.offset());
        List<Row> rows = jdbc.sql("SELECT * FROM product_category_view WHERE " + where
                        + " ORDER BY category_rank, created_at, id LIMIT :limit OFFSET :offset")
                .params(params).query(this::row).list();
        return withFamilies(rows, filter.storeOnly());
    }

    long count(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM product_category_view WHERE " + filter.where(params))
                .params(params).query(Long.class).single();
    }

    /** Categories by id, without parent and children, for embedding in products. */
    Map<String, ProductCategoryView> byIds(Collection<String> ids, boolean storeOnly) {
        Map<String, ProductCategoryView> byId = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT * FROM product_category_view WHERE id IN (:ids)" + (storeOnly ? " AND " + VISIBLE_IN_STORE : ""))
                    .param("ids", ids)
                    .query(this::row).list()
                    .forEach(row -> byId.put(row.id(), row.toView(null, null)));
        }
        return byId;
    }

    /** The views of {@code rows} with their parent and children: two queries for the whole page. */
    private List<ProductCategoryView> withFamilies(List<Row> rows, boolean storeOnly) {
        List<String> parentIds = rows.stream().map(Row::parentCategoryId).filter(id -> id != null).distinct().toList();
        Map<String, ProductCategoryView> parents = byIds(parentIds, storeOnly);
        Map<String, List<ProductCategoryView>> children = new HashMap<>();
        List<String> ids = rows.stream().map(Row::id).toList();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT * FROM product_category_view WHERE parent_category_id IN (:ids)"
                            + (storeOnly ? " AND " + VISIBLE_IN_STORE : "") + " ORDER BY category_rank, created_at, id")
                    .param("ids", ids)
                    .query(this::row).list()
                    .forEach(child -> children.computeIfAbsent(child.parentCategoryId(), id -> new ArrayList<>())
                            .add(child.toView(null, null)));
        }
        return rows.stream()
                .map(row -> row.toView(row.parentCategoryId() == null ? null : parents.get(row.parentCategoryId()),
                        children.getOrDefault(row.id(), List.of())))
                .toList();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("id"), rs.getString("name"), rs.getString("handle"), rs.getString("description"),
                rs.getString("parent_category_id"), rs.getBoolean("is_active"), rs.getBoolean("is_internal"),
                rs.getInt("category_rank"), json.readMap(rs.getString("metadata")),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }

    record Row(String id, String name, String handle, String description, String parentCategoryId, boolean isActive,
               boolean isInternal, int rank, Map<String, Object> metadata, Instant createdAt, Instant updatedAt,
               long version) {

        ProductCategoryView toView(ProductCategoryView parent, List<ProductCategoryView> children) {
            return new ProductCategoryView(id, name, description, handle, rank, parentCategoryId, isActive, isInternal,
                    metadata, createdAt, updatedAt, null, parent, children, version);
        }
    }

    /**
     * What a category listing asks for.
     *
     * @param parentCategoryId a parent's id, or {@code "null"} for top-level categories, as Medusa takes it
     */
    record Filter(boolean storeOnly, List<String> ids, List<String> handles, String parentCategoryId, String q) {

        String where(Map<String, Object> params) {
            List<String> conditions = new ArrayList<>();
            conditions.add(storeOnly ? VISIBLE_IN_STORE : "1 = 1");
            if (!ids.isEmpty()) {
                conditions.add("id IN (:ids)");
                params.put("ids", ids);
            }
            if (!handles.isEmpty()) {
                conditions.add("handle IN (:handles)");
                params.put("handles", handles);
            }
            if ("null".equals(parentCategoryId)) {
                conditions.add("parent_category_id IS NULL");
            } else if (parentCategoryId != null) {
                conditions.add("parent_category_id = :parent");
                params.put("parent", parentCategoryId);
            }
            if (q != null && !q.isBlank()) {
                conditions.add("(LOWER(name) LIKE :q ESCAPE '\\' OR LOWER(handle) LIKE :q ESCAPE '\\')");
                params.put("q", QueryParams.containsPattern(q));
            }
            return String.join(" AND ", conditions);
        }
    }
}
