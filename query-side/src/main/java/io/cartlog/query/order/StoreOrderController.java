package io.cartlog.query.order;

import io.cartlog.queries.order.OrderView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** {@code GET /store/orders/{id}}: an order by its id, which only its shopper was told. */
@RestController
class StoreOrderController {

    private final OrderProjection orders;

    StoreOrderController(OrderProjection orders) {
        this.orders = orders;
    }

    @GetMapping("/store/orders/{id}")
    Map<String, OrderView> get(@PathVariable String id) {
        return Map.of("order", orders.require(id));
    }
}
