package io.cartlog.query.cart;

import io.cartlog.query.common.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
class CartRepository {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    CartRepository(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the cart unless a redelivered event finds it already there. */
    void insert(CartDocument cart, long version) {
        jdbc.sql("""
                        INSERT INTO cart_view (id, document, version)
                        SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM cart_view WHERE id = ?)""")
                .params(cart.id(), json.write(cart), version, cart.id())
                .update();
    }

    Optional<Stored> load(String id) {
        return jdbc.sql("SELECT document, version FROM cart_view WHERE id = ?").param(id)
                .query((rs, n) -> new Stored(json.read(rs.getString("document"), CartDocument.class),
                        rs.getLong("version")))
                .optional();
    }

    /** Stores the cart's new state unless the row already reflects this version or a later one. */
    void save(CartDocument cart, long version) {
        jdbc.sql("UPDATE cart_view SET document = ?, version = ? WHERE id = ? AND version < ?")
                .params(json.write(cart), version, cart.id(), version)
                .update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM cart_view").update();
    }

    record Stored(CartDocument cart, long version) {
    }
}
