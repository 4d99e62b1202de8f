package io.cartlog.query.order;

import io.cartlog.query.common.DocumentBatch;
import io.cartlog.query.common.JsonColumns;
import io.cartlog.query.common.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code order_view}: each order's document and the order's version it reflects. Not named
 * {@code OrderRepository}: that bean name is Axon's for the order aggregate's repository.
 */
@Repository
class OrderViewRepository {

    private static final String COLUMNS = "SELECT document, version FROM order_view ";

    private final JdbcTemplate batches;
    private final JdbcClient jdbc;
    private final JsonColumns json;

    OrderViewRepository(JdbcTemplate jdbc, JsonColumns json) {
        this.batches = jdbc;
        this.jdbc = JdbcClient.create(jdbc);
        this.json = json;
    }

    /** The orders a batch of events changes, each written once when it commits. */
    DocumentBatch<OrderDocument> batch() {
        return new DocumentBatch<>(
                id -> load(id).map(stored -> new DocumentBatch.Entry<>(id, stored.order(), stored.version(), false)),
                this::write);
    }

    /** Inserts new orders unless a redelivered batch finds them there; updates rows older than the version. */
    private void write(List<DocumentBatch.Entry<OrderDocument>> orders) {
        DocumentBatch.insertOrUpdate(batches, orders, """
                        INSERT INTO order_view (id, cart_id, display_id, email, customer_id, document, version)
                        SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM order_view WHERE id = ?)""",
                entry -> {
                    OrderDocument order = entry.document();
                    return new Object[]{order.id(), order.placed().cartId(), order.placed().displayId(),
                            lowerCase(order.placed().cart().email()), order.placed().cart().customerId(),
                            json.write(order), entry.version(), order.id()};
                },
                "UPDATE order_view SET document = ?, version = ? WHERE id = ? AND version < ?",
                entry -> new Object[]{json.write(entry.document()), entry.version(), entry.id(), entry.version()});
    }

    Optional<Stored> load(String orderId) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(orderId).query(this::stored).optional();
    }

    Optional<Stored> findByCart(String cartId) {
        return jdbc.sql(COLUMNS + "WHERE cart_id = ?").param(cartId).query(this::stored).optional();
    }

    /** The order with this id or display id whose email is {@code email}, in any case. */
    Optional<Stored> findByEmail(String orderId, Long displayId, String email) {
        String byNumber = orderId == null ? "display_id = ?" : "id = ?";
        return jdbc.sql(COLUMNS + "WHERE " + byNumber + " AND email = ?")
                .params(orderId == null ? displayId : orderId, lowerCase(email))
                .query(this::stored)
                .optional();
    }

    /** Newest first: order ids are time-ordered. */
    List<Stored> list(Page page) {
        return jdbc.sql(COLUMNS + "ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(page.limit(), page.offset())
                .query(this::stored)
                .list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM order_view").query(Long.class).single();
    }

    /** A customer's orders, newest first. */
    List<Stored> listOfCustomer(String customerId, Page page) {
        return jdbc.sql(COLUMNS + "WHERE customer_id = ? ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(customerId, page.limit(), page.offset())
                .query(this::stored)
                .list();
    }

    long countOfCustomer(String customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM order_view WHERE customer_id = ?").param(customerId)
                .query(Long.class).single();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM order_view").update();
    }

    private Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(json.read(rs.getString("document"), OrderDocument.class), rs.getLong("version"));
    }

    private static String lowerCase(String email) {
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    record Stored(OrderDocument order, long version) {
    }
}
