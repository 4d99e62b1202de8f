package io.cartlog.query.promotion;

import io.cartlog.query.common.JsonColumns;
import io.cartlog.query.common.Page;
import io.cartlog.query.common.Search;
import io.cartlog.queries.promotion.PromotionView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@Repository
class PromotionRepository {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    PromotionRepository(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A promotion's attributes as its created and updated events carry them. */
    record Row(String id, String code, String type, String target, BigDecimal value, String currencyCode, Long minSubtotal,
               Instant startsAt, Instant endsAt, Long usageLimit, String status, Map<String, Object> metadata) {
    }

    /** Inserts the promotion unless a redelivered event finds it already there. */
    void insert(Row row, long version, Instant at) {
        jdbc.sql("""
                        INSERT INTO promotion_view (id, code, type, target, amount, currency_code, min_subtotal, starts_at,
                                                    ends_at, usage_limit, status, metadata, version, created_at, updated_at)
                        SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                        WHERE NOT EXISTS (SELECT 1 FROM promotion_view WHERE id = ?)""")
                .params(row.id(), row.code(), row.type(), row.target(), row.value(), row.currencyCode(), row.minSubtotal(),
                        utc(row.startsAt()), utc(row.endsAt()), row.usageLimit(), row.status(), json.write(row.metadata()),
                        version, utc(at), utc(at), row.id())
                .update();
    }

    /** Applies an update unless the row already reflects this version or a later one. */
    void update(Row row, long version, Instant at) {
        jdbc.sql("""
                        UPDATE promotion_view SET code = ?, type = ?, target = ?, amount = ?, currency_code = ?,
                                                  min_subtotal = ?, starts_at = ?, ends_at = ?, usage_limit = ?, status = ?,
                                                  metadata = ?, version = ?, updated_at = ?
                        WHERE id = ? AND version < ?""")
                .params(row.code(), row.type(), row.target(), row.value(), row.currencyCode(), row.minSubtotal(),
                        utc(row.startsAt()), utc(row.endsAt()), row.usageLimit(), row.status(), json.write(row.metadata()),
                        version, utc(at), row.id(), version)
                .update();
    }

    void markDeleted(String id, long version, Instant at) {
        jdbc.sql("""
                        UPDATE promotion_view SET status = 'deleted', deleted_at = ?, updated_at = ?, version = ?
                        WHERE id = ? AND version < ?""")
                .params(utc(at), utc(at), version, id, version)
                .update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM promotion_view").update();
    }

    Optional<PromotionView> find(String id) {
        return jdbc.sql("SELECT * FROM promotion_view WHERE id = ? AND deleted_at IS NULL").param(id)
                .query(this::view).optional();
    }

    /**
     * The live promotion with this code, compared case-insensitively; when none is live, the one
     * deleted last, so a cart holding the code learns it is gone.
     */
    Optional<PromotionView> findByCode(String code) {
        return jdbc.sql("""
                        SELECT * FROM promotion_view WHERE code = ?
                        ORDER BY CASE WHEN deleted_at IS NULL THEN 0 ELSE 1 END, deleted_at DESC, id DESC
                        LIMIT 1""")
                .param(code.trim().toUpperCase(Locale.ROOT))
                .query(this::view).optional();
    }

    List<PromotionView> list(String q, Page page) {
        Filter filter = Filter.of(q);
        List<Object> params = new ArrayList<>(filter.params());
        params.add(page.limit());
        params.add(page.offset());
        return jdbc.sql("SELECT * FROM promotion_view WHERE " + filter.where() + " ORDER BY created_at, id LIMIT ? OFFSET ?")
                .params(params)
                .query(this::view).list();
    }

    long count(String q) {
        Filter filter = Filter.of(q);
        return jdbc.sql("SELECT COUNT(*) FROM promotion_view WHERE " + filter.where())
                .params(filter.params())
                .query(Long.class).single();
    }

    private PromotionView view(ResultSet rs, int n) throws SQLException {
        return new PromotionView(rs.getString("id"), rs.getString("code"), rs.getString("type"), rs.getString("target"),
                plain(rs.getBigDecimal("amount")), rs.getString("currency_code"), nullableLong(rs, "min_subtotal"),
                instant(rs.getTimestamp("starts_at")), instant(rs.getTimestamp("ends_at")), nullableLong(rs, "usage_limit"),
                rs.getLong("usage_count"), rs.getString("status"), json.readMap(rs.getString("metadata")),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")), rs.getLong("version"));
    }

    /** The column's fixed scale shows 25 as 25.0000; the events carry it as 25. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    /** Live promotions, those whose code contains {@code q} when given. */
    private record Filter(String where, List<Object> params) {

        static Filter of(String q) {
            if (q == null || q.isBlank()) {
                return new Filter("deleted_at IS NULL", List.of());
            }
            return new Filter("deleted_at IS NULL AND LOWER(code)" + Search.LIKE, List.of(Search.containing(q.trim())));
        }
    }
}
