package io.cartlog.query.order;

import io.cartlog.events.order.OrderPlacedEvent;
import io.cartlog.platform.web.ApiException;
import io.cartlog.query.common.AsOf;
import io.cartlog.query.common.EventHistory;
import io.cartlog.query.common.Page;
import io.cartlog.query.payment.PaymentCollectionHistory;
import io.cartlog.queries.order.OrderView;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** {@code GET /admin/orders} (newest first) and {@code GET /admin/orders/{id}}, today or {@code as_of} a version or time. */
@RestController
class AdminOrderController {

    private final OrderProjection orders;
    private final EventHistory history;
    private final PaymentCollectionHistory payments;

    AdminOrderController(OrderProjection orders, EventHistory history, PaymentCollectionHistory payments) {
        this.orders = orders;
        this.history = history;
        this.payments = payments;
    }

    @GetMapping("/admin/orders")
    OrderList list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
        Page page = Page.of(limit, offset, 50);
        return new OrderList(orders.list(page), orders.count(), page.offset(), page.limit());
    }

    /** The order as order-view shows it, or with {@code as_of} as it was then, folded by {@link OrderHistory}. */
    @GetMapping("/admin/orders/{id}")
    Map<String, OrderView> get(@PathVariable String id, @RequestParam(name = "as_of", required = false) String asOf) {
        AsOf when = AsOf.parse(asOf);
        return Map.of("order", when == null ? orders.require(id) : asOf(id, when));
    }

    private OrderView asOf(String id, AsOf when) {
        return history.fold(id, when, OrderPlacedEvent.class, "Order",
                        (OrderDocument order, DomainEventMessage<?> event) ->
                                OrderHistory.apply(order, event.getPayload(), event.getTimestamp()))
                .map(order -> OrderRenderer.render(order.state(), order.version(),
                        payments.ofCart(order.state().placed().cartId(), order.moment()).orElse(null)))
                .orElseThrow(() -> ApiException.notFound("not_found", "Order with id '" + id + "' was not found"));
    }

    record OrderList(List<OrderView> orders, long count, int offset, int limit) {
    }
}
