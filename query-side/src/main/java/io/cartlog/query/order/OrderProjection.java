package io.cartlog.query.order;

import io.cartlog.events.order.OrderPlacedEvent;
import io.cartlog.platform.web.ApiException;
import io.cartlog.query.common.JsonColumns;
import io.cartlog.query.common.Page;
import io.cartlog.queries.order.FindOrderByCartQuery;
import io.cartlog.queries.order.FindOrderQuery;
import io.cartlog.queries.order.OrderView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keeps each order as the store API shows it; a redelivered event finds its row and changes nothing. */
@Component
@ProcessingGroup(OrderProjection.GROUP)
class OrderProjection {

    static final String GROUP = "order-view";

    private final JdbcClient jdbc;
    private final JsonColumns json;

    OrderProjection(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(OrderPlacedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO order_view (id, cart_id, document, version)
                        SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM order_view WHERE id = ?)""")
                .params(event.orderId(), event.cartId(), json.write(OrderRenderer.placed(event, at, version)), version,
                        event.orderId())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM order_view").update();
    }

    @QueryHandler
    Optional<OrderView> handle(FindOrderQuery query) {
        return jdbc.sql("SELECT document FROM order_view WHERE id = ?").param(query.orderId())
                .query((rs, n) -> json.read(rs.getString("document"), OrderView.class))
                .optional();
    }

    /** The order, or 404 {@code not_found}: for the order routes. */
    OrderView require(String orderId) {
        return handle(new FindOrderQuery(orderId))
                .orElseThrow(() -> ApiException.notFound("not_found", "Order with id '" + orderId + "' was not found"));
    }

    /** Newest first: order ids are time-ordered. */
    List<OrderView> list(Page page) {
        return jdbc.sql("SELECT document FROM order_view ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(page.limit(), page.offset())
                .query((rs, n) -> json.read(rs.getString("document"), OrderView.class))
                .list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM order_view").query(Long.class).single();
    }

    @QueryHandler
    Optional<OrderView> handle(FindOrderByCartQuery query) {
        return jdbc.sql("SELECT document FROM order_view WHERE cart_id = ?").param(query.cartId())
                .query((rs, n) -> json.read(rs.getString("document"), OrderView.class))
                .optional();
    }
}
