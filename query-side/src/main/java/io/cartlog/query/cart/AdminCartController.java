package io.cartlog.query.cart;

import io.cartlog.events.cart.CartCreatedEvent;
import io.cartlog.platform.web.ApiException;
import io.cartlog.query.common.AsOf;
import io.cartlog.query.common.EventHistory;
import io.cartlog.query.payment.PaymentCollectionHistory;
import io.cartlog.queries.cart.CartView;
import io.cartlog.queries.cart.FindCartQuery;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * {@code GET /admin/carts/{id}}: the cart as the cart view shows it, or with {@code as_of} as it
 * was then, folded from its events by the same {@link CartHistory} the view applies.
 */
@RestController
class AdminCartController {

    private final CartProjection carts;
    private final EventHistory history;
    private final PaymentCollectionHistory payments;

    AdminCartController(CartProjection carts, EventHistory history, PaymentCollectionHistory payments) {
        this.carts = carts;
        this.history = history;
        this.payments = payments;
    }

    @GetMapping("/admin/carts/{id}")
    Map<String, CartView> get(@PathVariable String id, @RequestParam(name = "as_of", required = false) String asOf) {
        AsOf when = AsOf.parse(asOf);
        CartView cart = when == null ? carts.handle(new FindCartQuery(id)).orElseThrow(() -> notFound(id))
                : asOf(id, when);
        return Map.of("cart", cart);
    }

    private CartView asOf(String id, AsOf when) {
        return history.fold(id, when, CartCreatedEvent.class, "Cart",
                        (CartDocument cart, DomainEventMessage<?> event) ->
                                CartHistory.apply(cart, event.getPayload(), event.getTimestamp()))
                .map(cart -> CartRenderer.render(cart.state(), cart.version(),
                        payments.ofCart(id, cart.moment()).orElse(null)))
                .orElseThrow(() -> notFound(id));
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("cart_not_found", "Cart with id '" + id + "' was not found");
    }
}
