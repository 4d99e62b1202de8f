package io.cartlog.command.payment;

import io.cartlog.events.common.Ids;
import io.cartlog.queries.cart.CartView;
import io.cartlog.queries.payment.PaymentCollectionView;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Medusa v2's payment routes, as {@code @medusajs/js-sdk}'s {@code initiatePaymentSession} calls
 * them: a cart's one payment collection, and a session in it that replaces any other. The
 * collection's amount is the cart's total when the call is made.
 */
@RestController
class StorePaymentCollectionController {

    private final PaymentCommands payments;

    StorePaymentCollectionController(PaymentCommands payments) {
        this.payments = payments;
    }

    @PostMapping("/store/payment-collections")
    Map<String, PaymentCollectionView> create(@RequestBody(required = false) PaymentRequests.CreateCollection body) {
        return Map.of("payment_collection", createFor(body == null ? null : body.cartId()));
    }

    /** The seeds' cart-scoped form of the route above. */
    @PostMapping("/store/carts/{id}/payment-collections")
    Map<String, PaymentCollectionView> createForCart(@PathVariable String id) {
        return Map.of("payment_collection", createFor(id));
    }

    @PostMapping("/store/payment-collections/{id}/payment-sessions")
    Map<String, PaymentCollectionView> createSession(@PathVariable String id,
                                                     @RequestBody(required = false) PaymentRequests.CreateSession body) {
        PaymentCollectionView collection = payments.collection(id);
        CartView cart = payments.cart(collection.cartId());
        String providerId = body == null ? null : body.providerId();
        long version = payments.send(new CreatePaymentSessionCommand(id, Ids.next("payses"), providerId,
                body == null ? null : body.data(), cart.total(), true));
        return Map.of("payment_collection", payments.collectionAt(id, version));
    }

    private PaymentCollectionView createFor(String cartId) {
        CartView cart = payments.cart(cartId);
        return payments.collectionAt(payments.collectionOf(cart), 0);
    }
}
