package io.cartlog.query.order;

import io.cartlog.events.order.OrderCanceledEvent;
import io.cartlog.events.order.OrderCompletedEvent;
import io.cartlog.events.order.OrderFulfillmentCreatedEvent;
import io.cartlog.events.order.OrderFulfillmentDeliveredEvent;
import io.cartlog.events.order.OrderFulfillmentShippedEvent;
import io.cartlog.events.order.OrderPlacedEvent;
import io.cartlog.events.returns.ReturnCanceledEvent;
import io.cartlog.events.returns.ReturnReceivedEvent;
import io.cartlog.events.returns.ReturnRequestedEvent;
import io.cartlog.platform.projection.ReadModel;
import io.cartlog.platform.web.ApiException;
import io.cartlog.query.common.Page;
import io.cartlog.query.common.DocumentBatch;
import io.cartlog.query.common.ViewReports;
import io.cartlog.query.payment.PaymentCollectionRepository;
import io.cartlog.queries.order.FindOrderByCartQuery;
import io.cartlog.queries.order.FindOrderQuery;
import io.cartlog.queries.order.OrderView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps each order's document, written once per batch of events; every handler skips events its
 * row already reflects, so replays and redeliveries are harmless. The payment is not copied in:
 * it is the payment collection's view, joined when an order is read, so the two views never wait
 * on each other's events.
 */
@Component
@ProcessingGroup(OrderProjection.GROUP)
@ReadModel(tables = "order_view")
class OrderProjection {

    static final String GROUP = "order-view";

    private final OrderViewRepository orders;
    private final DocumentBatch<OrderDocument> changes;
    private final PaymentCollectionRepository payments;
    private final QueryUpdateEmitter updates;

    OrderProjection(OrderViewRepository orders, PaymentCollectionRepository payments, QueryUpdateEmitter updates) {
        this.orders = orders;
        this.changes = orders.batch();
        this.payments = payments;
        this.updates = updates;
    }

    @EventHandler
    void on(OrderPlacedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        OrderDocument placed = OrderHistory.apply(null, event, at);
        changes.created(placed.id(), placed, version);
        report(placed, version);
    }

    @EventHandler
    void on(OrderCanceledEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.orderId(), version, event, at);
    }

    @EventHandler
    void on(OrderFulfillmentCreatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.orderId(), version, event, at);
    }

    @EventHandler
    void on(OrderFulfillmentShippedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.orderId(), version, event, at);
    }

    @EventHandler
    void on(OrderFulfillmentDeliveredEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.orderId(), version, event, at);
    }

    @EventHandler
    void on(OrderCompletedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.orderId(), version, event, at);
    }

    @EventHandler
    void on(ReturnRequestedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.orderId(), version, event, at);
    }

    @EventHandler
    void on(ReturnReceivedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.orderId(), version, event, at);
    }

    @EventHandler
    void on(ReturnCanceledEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.orderId(), version, event, at);
    }

    @ResetHandler
    void reset() {
        orders.deleteAll();
    }

    @QueryHandler
    Optional<OrderView> handle(FindOrderQuery query) {
        return orders.load(query.orderId()).map(this::render);
    }

    @QueryHandler
    Optional<OrderView> handle(FindOrderByCartQuery query) {
        return orders.findByCart(query.cartId()).map(this::render);
    }

    /** The order, or 404 {@code not_found}: for the order routes. */
    OrderView require(String orderId) {
        return handle(new FindOrderQuery(orderId))
                .orElseThrow(() -> ApiException.notFound("not_found", "Order with id '" + orderId + "' was not found"));
    }

    /** A guest's order, found by its email and its id or display id. */
    Optional<OrderView> findByEmail(String orderId, Long displayId, String email) {
        return orders.findByEmail(orderId, displayId, email).map(this::render);
    }

    /** Newest first: order ids are time-ordered. */
    List<OrderView> list(Page page) {
        return orders.list(page).stream().map(this::render).toList();
    }

    long count() {
        return orders.count();
    }

    List<OrderView> listOfCustomer(String customerId, Page page) {
        return orders.listOfCustomer(customerId, page).stream().map(this::render).toList();
    }

    long countOfCustomer(String customerId) {
        return orders.countOfCustomer(customerId);
    }

    private OrderView render(OrderViewRepository.Stored stored) {
        return OrderRenderer.render(stored.order(), stored.version(),
                payments.findByCart(stored.order().placed().cartId()).orElse(null));
    }

    private void change(String orderId, long version, Object event, Instant at) {
        changes.load(orderId)
                .filter(stored -> stored.version() < version)
                .ifPresent(stored -> {
                    OrderDocument changed = OrderHistory.apply(stored.document(), event, at);
                    changes.changed(orderId, changed, version);
                    report(changed, version);
                });
    }

    /**
     * Hands the new view to requests waiting to read their own change, once the batch commits; it
     * is rendered only when somebody waits for this order.
     */
    private void report(OrderDocument order, long version) {
        ViewReports.report(updates, FindOrderQuery.class, query -> query.orderId().equals(order.id()),
                () -> render(new OrderViewRepository.Stored(order, version)));
    }
}
