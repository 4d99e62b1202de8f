package io.cartlog.query.checkout;

import io.cartlog.events.cart.CartCompletedEvent;
import io.cartlog.events.cart.CartCompletionFailedEvent;
import io.cartlog.events.cart.CartCompletionStartedEvent;
import io.cartlog.queries.checkout.CheckoutView;
import io.cartlog.queries.checkout.FindCheckoutQuery;
import io.cartlog.platform.projection.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Each checkout attempt by the idempotency key it came with, so a retried completion replays its
 * answer. The request that started the attempt waits for its end here.
 */
@Component
@ProcessingGroup(CheckoutProjection.GROUP)
@ReadModel(tables = "checkout_view")
class CheckoutProjection {

    static final String GROUP = "checkout-view";
    private static final String COLUMNS =
            "checkout_id, cart_id, idempotency_key, status, order_id, error_code, error_message, version";

    private final JdbcClient jdbc;
    private final QueryUpdateEmitter updates;

    CheckoutProjection(JdbcClient jdbc, QueryUpdateEmitter updates) {
        this.jdbc = jdbc;
        this.updates = updates;
    }

    @EventHandler
    void on(CartCompletionStartedEvent event, @SequenceNumber long version) {
        jdbc.sql("INSERT INTO checkout_view (" + COLUMNS + ") SELECT ?, ?, ?, 'started', NULL, NULL, NULL, ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM checkout_view WHERE checkout_id = ?)")
                .params(event.checkoutId(), event.cartId(), event.idempotencyKey(), version, event.checkoutId())
                .update();
    }

    @EventHandler
    void on(CartCompletedEvent event, @SequenceNumber long version) {
        end(event.checkoutId(), "completed", event.orderId(), null, null, version);
    }

    @EventHandler
    void on(CartCompletionFailedEvent event, @SequenceNumber long version) {
        end(event.checkoutId(), "failed", null, event.code(), event.message(), version);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM checkout_view").update();
    }

    @QueryHandler
    Optional<CheckoutView> handle(FindCheckoutQuery query) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM checkout_view WHERE cart_id = ? AND idempotency_key = ?"
                        + " ORDER BY version DESC LIMIT 1")
                .params(query.cartId(), query.idempotencyKey())
                .query(CheckoutView.class)
                .optional();
    }

    private void end(String checkoutId, String status, String orderId, String errorCode, String errorMessage,
                     long version) {
        jdbc.sql("UPDATE checkout_view SET status = ?, order_id = ?, error_code = ?, error_message = ?, version = ?"
                        + " WHERE checkout_id = ? AND version < ?")
                .params(status, orderId, errorCode, errorMessage, version, checkoutId, version)
                .update();
        jdbc.sql("SELECT " + COLUMNS + " FROM checkout_view WHERE checkout_id = ?").param(checkoutId)
                .query(CheckoutView.class).optional()
                .ifPresent(ended -> updates.emit(FindCheckoutQuery.class,
                        query -> query.cartId().equals(ended.cartId())
                                && query.idempotencyKey().equals(ended.idempotencyKey()), ended));
    }
}
