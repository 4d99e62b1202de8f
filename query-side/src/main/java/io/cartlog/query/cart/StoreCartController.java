package io.cartlog.query.cart;

import io.cartlog.platform.web.ApiException;
import io.cartlog.query.payment.PaymentCollectionRepository;
import io.cartlog.queries.cart.CartView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** {@code GET /store/carts/{id}}; {@code fields} and {@code expand} are accepted and ignored: every field is shown. */
@RestController
class StoreCartController {

    private final CartRepository carts;
    private final PaymentCollectionRepository payments;

    StoreCartController(CartRepository carts, PaymentCollectionRepository payments) {
        this.carts = carts;
        this.payments = payments;
    }

    @GetMapping("/store/carts/{id}")
    Map<String, CartView> get(@PathVariable String id) {
        return Map.of("cart", carts.load(id).map(stored -> CartRenderer.render(stored.cart(), stored.version(),
                        payments.findByCart(id).orElse(null)))
                .orElseThrow(() -> ApiException.notFound("cart_not_found", "Cart with id '" + id + "' not found")));
    }
}
