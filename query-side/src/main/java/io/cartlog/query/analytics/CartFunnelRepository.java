package io.cartlog.query.analytics;

import io.cartlog.query.common.BatchedRows;
import io.cartlog.query.common.DocumentBatch;
import io.cartlog.query.common.JsonColumns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Repository
class CartFunnelRepository {

    private final JdbcTemplate batches;
    private final JdbcClient jdbc;
    private final JsonColumns json;

    CartFunnelRepository(JdbcTemplate jdbc, JsonColumns json) {
        this.batches = jdbc;
        this.jdbc = JdbcClient.create(jdbc);
        this.json = json;
    }

    record Stored(FunnelCart cart, long version) {
    }

    /** The figures of carts created in [from, to). */
    record Stages(long created, long withItems, long withShipping, long withPayment, long completed) {
    }

    /** Abandoned carts of one currency: how many and their item total. */
    record Abandoned(String currencyCode, long count, long amount) {
    }

    Optional<Stored> load(String cartId) {
        return jdbc.sql("SELECT document, version FROM cart_funnel WHERE cart_id = ?").param(cartId)
                .query((rs, n) -> new Stored(json.read(rs.getString("document"), FunnelCart.class), rs.getLong("version")))
                .optional();
    }

    /** The carts a batch of events changes, each written once when it commits. */
    DocumentBatch<FunnelCart> batch() {
        return new DocumentBatch<>(
                id -> load(id).map(stored -> new DocumentBatch.Entry<>(id, stored.cart(), stored.version(), false)),
                this::write);
    }

    /** Inserts new carts unless a redelivered batch finds them there; updates rows older than the version. */
    private void write(List<DocumentBatch.Entry<FunnelCart>> carts) {
        DocumentBatch.insertOrUpdate(batches, carts, """
                        INSERT INTO cart_funnel (cart_id, created_at, last_activity_at, with_items, with_shipping, completed,
                                                 currency_code, item_total, document, version)
                        SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM cart_funnel WHERE cart_id = ?)""",
                entry -> {
                    FunnelCart cart = entry.document();
                    return new Object[]{cart.cartId(), Timestamp.from(cart.createdAt()),
                            Timestamp.from(cart.lastActivityAt()), cart.withItems(), cart.withShipping(),
                            cart.completed(), cart.currencyCode(), cart.itemTotal(), json.write(cart), entry.version(),
                            cart.cartId()};
                }, """
                        UPDATE cart_funnel SET last_activity_at = ?, with_items = ?, with_shipping = ?, completed = ?,
                               currency_code = ?, item_total = ?, document = ?, version = ?
                        WHERE cart_id = ? AND version < ?""",
                entry -> {
                    FunnelCart cart = entry.document();
                    return new Object[]{Timestamp.from(cart.lastActivityAt()), cart.withItems(), cart.withShipping(),
                            cart.completed(), cart.currencyCode(), cart.itemTotal(), json.write(cart), entry.version(),
                            cart.cartId(), entry.version()};
                });
    }

    /** Carts a payment collection was started for, remembered once however often the event comes. */
    BatchedRows<String> paymentsStarted() {
        return new BatchedRows<>(cartIds -> batches.batchUpdate("""
                        INSERT INTO cart_funnel_payment (cart_id)
                        SELECT ? WHERE NOT EXISTS (SELECT 1 FROM cart_funnel_payment WHERE cart_id = ?)""",
                cartIds.stream().distinct().map(cartId -> new Object[]{cartId, cartId}).toList()));
    }

    Stages stages(Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT COUNT(*) AS created,
                               SUM(CASE WHEN f.with_items THEN 1 ELSE 0 END) AS with_items,
                               SUM(CASE WHEN f.with_shipping THEN 1 ELSE 0 END) AS with_shipping,
                               COUNT(p.cart_id) AS with_payment,
                               SUM(CASE WHEN f.completed THEN 1 ELSE 0 END) AS completed
                        FROM cart_funnel f LEFT JOIN cart_funnel_payment p ON p.cart_id = f.cart_id
                        WHERE f.created_at >= ? AND f.created_at < ?""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new Stages(rs.getLong("created"), rs.getLong("with_items"), rs.getLong("with_shipping"),
                        rs.getLong("with_payment"), rs.getLong("completed")))
                .single();
    }

    /** Carts created in [from, to) that have items, are not completed and have not changed since {@code idleSince}. */
    List<Abandoned> abandoned(Instant from, Instant to, Instant idleSince) {
        return jdbc.sql("""
                        SELECT currency_code, COUNT(*) AS carts, SUM(item_total) AS amount FROM cart_funnel
                        WHERE created_at >= ? AND created_at < ? AND with_items AND NOT completed AND last_activity_at <= ?
                        GROUP BY currency_code ORDER BY currency_code""")
                .params(Timestamp.from(from), Timestamp.from(to), Timestamp.from(idleSince))
                .query((rs, n) -> new Abandoned(rs.getString("currency_code"), rs.getLong("carts"), rs.getLong("amount")))
                .list();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM cart_funnel_payment").update();
        jdbc.sql("DELETE FROM cart_funnel").update();
    }
}
