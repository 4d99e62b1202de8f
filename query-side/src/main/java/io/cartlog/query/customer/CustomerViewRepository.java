package io.cartlog.query.customer;

import io.cartlog.query.common.JsonColumns;
import io.cartlog.queries.customer.CustomerView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** {@code customer_view}: each customer's view, by id and by lower-case email. */
@Repository
class CustomerViewRepository {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    CustomerViewRepository(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the customer unless a redelivered event finds it already there. */
    void insert(CustomerView view) {
        jdbc.sql("""
                        INSERT INTO customer_view (id, email, has_account, document, version)
                        SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM customer_view WHERE id = ?)""")
                .params(view.id(), view.email(), view.hasAccount(), json.write(view), view.version(), view.id())
                .update();
    }

    /** Stores the customer's new state unless the row already reflects its version or a later one. */
    void save(CustomerView view) {
        jdbc.sql("UPDATE customer_view SET email = ?, has_account = ?, document = ?, version = ? WHERE id = ? AND version < ?")
                .params(view.email(), view.hasAccount(), json.write(view), view.version(), view.id(), view.version())
                .update();
    }

    Optional<CustomerView> find(String customerId) {
        return jdbc.sql("SELECT document FROM customer_view WHERE id = ?").param(customerId)
                .query((rs, n) -> json.read(rs.getString("document"), CustomerView.class)).optional();
    }

    Optional<CustomerView> findGuest(String email) {
        return jdbc.sql("SELECT document FROM customer_view WHERE email = ? AND has_account = FALSE ORDER BY id LIMIT 1")
                .param(email).query((rs, n) -> json.read(rs.getString("document"), CustomerView.class)).optional();
    }

    boolean hasAccount(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM customer_view WHERE email = ? AND has_account = TRUE").param(email)
                .query(Long.class).single() > 0;
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM customer_view").update();
    }
}
