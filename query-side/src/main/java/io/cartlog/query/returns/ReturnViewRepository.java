package io.cartlog.query.returns;

import io.cartlog.query.common.JsonColumns;
import io.cartlog.query.common.Page;
import io.cartlog.queries.returns.ReturnView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** {@code return_view}: each return's view, with its order's id for the order's list of returns. */
@Repository
class ReturnViewRepository {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    ReturnViewRepository(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the return unless a redelivered event finds it already there. */
    void insert(ReturnView view) {
        jdbc.sql("""
                        INSERT INTO return_view (id, order_id, document, version)
                        SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM return_view WHERE id = ?)""")
                .params(view.id(), view.orderId(), json.write(view), view.version(), view.id())
                .update();
    }

    /** Stores the return's new state unless the row already reflects its version or a later one. */
    void save(ReturnView view) {
        jdbc.sql("UPDATE return_view SET document = ?, version = ? WHERE id = ? AND version < ?")
                .params(json.write(view), view.version(), view.id(), view.version())
                .update();
    }

    Optional<ReturnView> find(String returnId) {
        return jdbc.sql("SELECT document FROM return_view WHERE id = ?").param(returnId)
                .query((rs, n) -> json.read(rs.getString("document"), ReturnView.class)).optional();
    }

    /** Newest first (return ids are time-ordered), of one order when {@code orderId} is set. */
    List<ReturnView> list(String orderId, Page page) {
        String sql = "SELECT document FROM return_view " + ofOrder(orderId) + "ORDER BY id DESC LIMIT :limit OFFSET :offset";
        return jdbc.sql(sql).param("order", orderId).param("limit", page.limit()).param("offset", page.offset())
                .query((rs, n) -> json.read(rs.getString("document"), ReturnView.class)).list();
    }

    long count(String orderId) {
        return jdbc.sql("SELECT COUNT(*) FROM return_view " + ofOrder(orderId)).param("order", orderId)
                .query(Long.class).single();
    }

    private static String ofOrder(String orderId) {
        return orderId == null ? "" : "WHERE order_id = :order ";
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM return_view").update();
    }
}
