package io.cartlog.query.order;

import io.cartlog.platform.auth.CurrentCustomer;
import io.cartlog.platform.web.ApiException;
import io.cartlog.query.common.Page;
import io.cartlog.queries.order.OrderView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store's order routes: an order by its id, which only its shopper was told (a customer's
 * order only to that customer: anyone else gets the 404 of an unknown order); the logged-in
 * customer's orders; and a guest's order looked up by the email it was placed with and its id or
 * display id (Medusa v1's lookup).
 */
@RestController
class StoreOrderController {

    private final OrderProjection orders;

    StoreOrderController(OrderProjection orders) {
        this.orders = orders;
    }

    @GetMapping("/store/orders/{id}")
    Map<String, OrderView> get(@PathVariable String id) {
        OrderView order = orders.require(id);
        String customerId = order.customerId();
        if (customerId != null && !customerId.equals(CurrentCustomer.id().orElse(null))) {
            throw ApiException.notFound("not_found", "Order with id '" + id + "' was not found");
        }
        return Map.of("order", order);
    }

    @GetMapping("/store/orders")
    Object list(@RequestParam(required = false) String email,
                @RequestParam(required = false) String id,
                @RequestParam(name = "display_id", required = false) String displayId,
                @RequestParam(required = false) Integer limit,
                @RequestParam(required = false) Integer offset) {
        if (!blank(email) && !(blank(id) && blank(displayId))) {
            return lookUp(email, id, displayId);
        }
        Optional<String> customerId = CurrentCustomer.id();
        if (customerId.isEmpty()) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "unauthorized",
                    "Log in as a customer to list orders, or look a guest order up with email and id or display_id");
        }
        Page page = Page.of(limit, offset, 50);
        return new OrderList(orders.listOfCustomer(customerId.get(), page), orders.countOfCustomer(customerId.get()),
                page.offset(), page.limit());
    }

    private Map<String, OrderView> lookUp(String email, String id, String displayId) {
        Long number = blank(id) ? displayNumber(displayId) : null;
        // One answer for a wrong email and an unknown order: the lookup must not confirm that an order exists.
        return Map.of("order", orders.findByEmail(blank(id) ? null : id, number, email.trim())
                .orElseThrow(() -> ApiException.notFound("not_found", "No order matches that email")));
    }

    private static Long displayNumber(String displayId) {
        try {
            return Long.parseLong(displayId.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalidData("Invalid request: display_id must be a whole number");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    record OrderList(List<OrderView> orders, long count, int offset, int limit) {
    }
}
