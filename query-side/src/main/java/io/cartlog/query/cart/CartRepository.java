package io.cartlog.query.cart;

import io.cartlog.query.common.DocumentBatch;
import io.cartlog.query.common.JsonColumns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
class CartRepository {

    private final JdbcTemplate batches;
    private final JdbcClient jdbc;
    private final JsonColumns json;

    CartRepository(JdbcTemplate jdbc, JsonColumns json) {
        this.batches = jdbc;
        this.jdbc = JdbcClient.create(jdbc);
        this.json = json;
    }

    Optional<Stored> load(String id) {
        return jdbc.sql("SELECT document, version FROM cart_view WHERE id = ?").param(id)
                .query((rs, n) -> new Stored(json.read(rs.getString("document"), CartDocument.class),
                        rs.getLong("version")))
                .optional();
    }

    /** The carts a batch of events changes, each written once when it commits. */
    DocumentBatch<CartDocument> batch() {
        return new DocumentBatch<>(
                id -> load(id).map(stored -> new DocumentBatch.Entry<>(id, stored.cart(), stored.version(), false)),
                this::write);
    }

    /** Inserts new carts unless a redelivered batch finds them there; updates rows older than the version. */
    private void write(List<DocumentBatch.Entry<CartDocument>> carts) {
        DocumentBatch.insertOrUpdate(batches, carts,
                "INSERT INTO cart_view (id, document, version) SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM cart_view WHERE id = ?)",
                cart -> new Object[]{cart.id(), json.write(cart.document()), cart.version(), cart.id()},
                "UPDATE cart_view SET document = ?, version = ? WHERE id = ? AND version < ?",
                cart -> new Object[]{json.write(cart.document()), cart.version(), cart.id(), cart.version()});
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM cart_view").update();
    }

    record Stored(CartDocument cart, long version) {
    }
}
