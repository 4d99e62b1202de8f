package io.cartlog.query.payment;

import io.cartlog.query.common.JsonColumns;
import io.cartlog.queries.payment.PaymentCollectionView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** {@code payment_collection_view}: each collection's view as JSON, its version inside it and in a column. */
@Repository
public class PaymentCollectionRepository {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    public PaymentCollectionRepository(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(PaymentCollectionView collection) {
        jdbc.sql("""
                        INSERT INTO payment_collection_view (id, cart_id, document, version)
                        SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM payment_collection_view WHERE id = ?)""")
                .params(collection.id(), collection.cartId(), json.write(collection), collection.version(),
                        collection.id())
                .update();
    }

    Optional<PaymentCollectionView> load(String id) {
        return jdbc.sql("SELECT document FROM payment_collection_view WHERE id = ?").param(id)
                .query((rs, n) -> json.read(rs.getString("document"), PaymentCollectionView.class))
                .optional();
    }

    /** The cart's collection, for the cart view that embeds it. */
    public Optional<PaymentCollectionView> findByCart(String cartId) {
        return jdbc.sql("SELECT document FROM payment_collection_view WHERE cart_id = ?").param(cartId)
                .query((rs, n) -> json.read(rs.getString("document"), PaymentCollectionView.class))
                .optional();
    }

    /** Remembers which collection holds a payment; once, however often the event comes. */
    void recordPayment(String paymentId, String paymentCollectionId) {
        jdbc.sql("""
                        INSERT INTO payment_collection_payment (payment_id, payment_collection_id)
                        SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM payment_collection_payment WHERE payment_id = ?)""")
                .params(paymentId, paymentCollectionId, paymentId)
                .update();
    }

    /** The collection that holds (or held) the payment. */
    Optional<PaymentCollectionView> findByPayment(String paymentId) {
        return jdbc.sql("""
                        SELECT c.document FROM payment_collection_view c
                        JOIN payment_collection_payment p ON p.payment_collection_id = c.id
                        WHERE p.payment_id = ?""")
                .param(paymentId)
                .query((rs, n) -> json.read(rs.getString("document"), PaymentCollectionView.class))
                .optional();
    }

    /** Stores the collection's new state unless the row already reflects its version or a later one. */
    void save(PaymentCollectionView collection) {
        jdbc.sql("UPDATE payment_collection_view SET document = ?, version = ? WHERE id = ? AND version < ?")
                .params(json.write(collection), collection.version(), collection.id(), collection.version())
                .update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM payment_collection_payment").update();
        jdbc.sql("DELETE FROM payment_collection_view").update();
    }
}
