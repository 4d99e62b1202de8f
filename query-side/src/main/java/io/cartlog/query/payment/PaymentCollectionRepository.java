package io.cartlog.query.payment;

import io.cartlog.query.common.BatchedRows;
import io.cartlog.query.common.DocumentBatch;
import io.cartlog.query.common.JsonColumns;
import io.cartlog.queries.payment.PaymentCollectionView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** {@code payment_collection_view}: each collection's view as JSON, its version inside it and in a column. */
@Repository
public class PaymentCollectionRepository {

    private final JdbcTemplate batches;
    private final JdbcClient jdbc;
    private final JsonColumns json;

    public PaymentCollectionRepository(JdbcTemplate jdbc, JsonColumns json) {
        this.batches = jdbc;
        this.jdbc = JdbcClient.create(jdbc);
        this.json = json;
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

    /** Which collection holds a payment, remembered once however often the event comes. */
    BatchedRows<PaymentHolder> paymentHolders() {
        return new BatchedRows<>(payments -> batches.batchUpdate("""
                        INSERT INTO payment_collection_payment (payment_id, payment_collection_id)
                        SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM payment_collection_payment WHERE payment_id = ?)""",
                payments.stream().distinct()
                        .map(payment -> new Object[]{payment.paymentId(), payment.paymentCollectionId(), payment.paymentId()})
                        .toList()));
    }

    record PaymentHolder(String paymentId, String paymentCollectionId) {
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

    /** The collections a batch of events changes, each written once when it commits. */
    DocumentBatch<PaymentCollectionView> batch() {
        return new DocumentBatch<>(
                id -> load(id).map(collection -> new DocumentBatch.Entry<>(id, collection, collection.version(), false)),
                this::write);
    }

    /** Inserts new collections unless a redelivered batch finds them there; updates rows older than the version. */
    private void write(List<DocumentBatch.Entry<PaymentCollectionView>> collections) {
        DocumentBatch.insertOrUpdate(batches, collections, """
                        INSERT INTO payment_collection_view (id, cart_id, document, version)
                        SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM payment_collection_view WHERE id = ?)""",
                entry -> new Object[]{entry.id(), entry.document().cartId(), json.write(entry.document()),
                        entry.version(), entry.id()},
                "UPDATE payment_collection_view SET document = ?, version = ? WHERE id = ? AND version < ?",
                entry -> new Object[]{json.write(entry.document()), entry.version(), entry.id(), entry.version()});
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM payment_collection_payment").update();
        jdbc.sql("DELETE FROM payment_collection_view").update();
    }
}
