package io.cartlog.query.product;

import io.cartlog.query.common.JsonColumns;
import io.cartlog.query.common.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The product-view tables: one row per product with its document, and its categories and sales channels. */
@Repository
class ProductRepository {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    ProductRepository(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the product unless a replayed event finds it already there. */
    boolean insert(ProductDocument product, long version) {
        int inserted = jdbc.sql("""
                        INSERT INTO product_view (id, handle, title, status, collection_id, any_sales_channel, search_text,
                                                  document, version, created_at, updated_at)
                        SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM product_view WHERE id = ?)""")
                .params(product.id(), product.handle(), product.title(), product.status(), product.collectionId(),
                        product.salesChannelIds().isEmpty(), product.searchText(), json.write(product), version,
                        utc(product.createdAt()), utc(product.updatedAt()), product.id())
                .update();
        if (inserted == 1) {
            insertLinks(product);
            insertVariants(product);
        }
        return inserted == 1;
    }

    Optional<Stored> load(String id) {
        return jdbc.sql("SELECT id, version, document FROM product_view WHERE id = ?").param(id)
                .query(ProductRepository::stored).optional();
    }

    /** Stores the product's new state; {@code linksChanged} when its categories or sales channels may differ. */
    void save(ProductDocument product, long version, boolean linksChanged) {
        int updated = jdbc.sql("""
                        UPDATE product_view SET handle = ?, title = ?, status = ?, collection_id = ?, any_sales_channel = ?,
                                                search_text = ?, document = ?, version = ?, updated_at = ?
                        WHERE id = ? AND version < ?""")
                .params(product.handle(), product.title(), product.status(), product.collectionId(),
                        product.salesChannelIds().isEmpty(), product.searchText(), json.write(product), version,
                        utc(product.updatedAt()), product.id(), version)
                .update();
        if (updated == 1) {
            jdbc.sql("DELETE FROM product_view_variant WHERE product_id = ?").param(product.id()).update();
            insertVariants(product);
        }
        if (updated == 1 && linksChanged) {
            jdbc.sql("DELETE FROM product_view_category WHERE product_id = ?").param(product.id()).update();
            jdbc.sql("DELETE FROM product_view_sales_channel WHERE product_id = ?").param(product.id()).update();
            insertLinks(product);
        }
    }

    void delete(String id) {
        jdbc.sql("DELETE FROM product_view WHERE id = ?").param(id).update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM product_view_variant").update();
        jdbc.sql("DELETE FROM product_view_category").update();
        jdbc.sql("DELETE FROM product_view_sales_channel").update();
        jdbc.sql("DELETE FROM product_view").update();
    }

    List<Stored> page(ProductFilter filter, ProductOrder order, Page page) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params);
        params.put("limit", page.limit());
        params.put("offset", page.offset());
        return jdbc.sql("SELECT p.id, p.version, p.document FROM product_view p WHERE " + where
                        + " ORDER BY " + order.sql() + " LIMIT :limit OFFSET :offset")
                .params(params).query(ProductRepository::stored).list();
    }

    long count(ProductFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM product_view p WHERE " + filter.where(params))
                .params(params).query(Long.class).single();
    }

    /** The stored product holding {@code variantId}. */
    Optional<Stored> loadByVariant(String variantId) {
        return jdbc.sql("""
                        SELECT p.id, p.version, p.document FROM product_view p
                        JOIN product_view_variant v ON v.product_id = p.id WHERE v.variant_id = ?""")
                .param(variantId).query(ProductRepository::stored).optional();
    }

    private void insertVariants(ProductDocument product) {
        product.variants().forEach(variant -> jdbc.sql(
                        "INSERT INTO product_view_variant (variant_id, product_id) VALUES (?, ?)")
                .params(variant.variant().id(), product.id()).update());
    }

    private void insertLinks(ProductDocument product) {
        product.categoryIds().forEach(categoryId -> jdbc.sql(
                        "INSERT INTO product_view_category (product_id, category_id) VALUES (?, ?)")
                .params(product.id(), categoryId).update());
        product.salesChannelIds().forEach(channelId -> jdbc.sql(
                        "INSERT INTO product_view_sales_channel (product_id, sales_channel_id) VALUES (?, ?)")
                .params(product.id(), channelId).update());
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        return new Stored(rs.getString("id"), rs.getLong("version"), rs.getString("document"));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    /** A stored product, its document still JSON text. */
    record Stored(String id, long version, String document) {
    }
}
