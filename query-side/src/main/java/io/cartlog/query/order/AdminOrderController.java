package io.cartlog.query.order;

import io.cartlog.query.common.Page;
import io.cartlog.queries.order.OrderView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** {@code GET /admin/orders} (newest first) and {@code GET /admin/orders/{id}}. */
@RestController
class AdminOrderController {

    private final OrderProjection orders;

    AdminOrderController(OrderProjection orders) {
        this.orders = orders;
    }

    @GetMapping("/admin/orders")
    OrderList list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
        Page page = Page.of(limit, offset, 50);
        return new OrderList(orders.list(page), orders.count(), page.offset(), page.limit());
    }

    @GetMapping("/admin/orders/{id}")
    Map<String, OrderView> get(@PathVariable String id) {
        return Map.of("order", orders.require(id));
    }

    record OrderList(List<OrderView> orders, long count, int offset, int limit) {
    }
}
