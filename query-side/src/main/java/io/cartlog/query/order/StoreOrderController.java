package io.cartlog.query.order;

import io.cartlog.platform.web.ApiException;
import io.cartlog.queries.order.OrderView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * The store's order routes: an order by its id, which only its shopper was told, and a guest's
 * order looked up by the email it was placed with and its id or display id (Medusa v1's lookup).
 * Listing a customer's orders waits for customer accounts.
 */
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

    @GetMapping("/store/orders")
    Map<String, OrderView> lookUp(@RequestParam(required = false) String email,
                                  @RequestParam(required = false) String id,
                                  @RequestParam(name = "display_id", required = false) String displayId) {
        if (blank(email) || (blank(id) && blank(displayId))) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "unauthorized",
                    "Log in as a customer to list orders, or look a guest order up with email and id or display_id");
        }
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
}
