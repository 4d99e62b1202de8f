package io.cartlog.command.payment;

import io.cartlog.command.payment.provider.PaymentProviders;
import io.cartlog.events.common.Ids;
import io.cartlog.queries.cart.CartView;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Medusa v1's cart payment sessions: one per provider, one of them selected for checkout. Each
 * answers {@code {cart}}, whose {@code payment_collection} holds the sessions; amounts are the
 * cart's total when the call is made.
 */
@RestController
class StoreCartPaymentSessionController {

    private final PaymentCommands payments;
    private final PaymentProviders providers;

    StoreCartPaymentSessionController(PaymentCommands payments, PaymentProviders providers) {
        this.payments = payments;
        this.providers = providers;
    }

    /** A session with every available provider that the cart has none with yet. */
    @PostMapping("/store/carts/{id}/payment-sessions")
    Map<String, CartView> createAll(@PathVariable String id) {
        CartView cart = payments.cart(id);
        String collectionId = payments.collectionOf(cart);
        long version = 0;
        for (String providerId : providers.ids()) {
            boolean present = payments.collection(collectionId).paymentSessions().stream()
                    .anyMatch(session -> session.providerId().equals(providerId));
            if (!present) {
                version = payments.send(new CreatePaymentSessionCommand(collectionId, Ids.next("payses"), providerId,
                        null, cart.total(), false));
                payments.collectionAt(collectionId, version);
            }
        }
        return Map.of("cart", payments.cartAt(id, collectionId, version));
    }

    /** Creates the provider's session when absent, else gives it the new {@code data}. */
    @PostMapping("/store/carts/{id}/payment-sessions/{providerId}")
    Map<String, CartView> createOrUpdate(@PathVariable String id, @PathVariable String providerId,
                                         @RequestBody(required = false) PaymentRequests.CreateSession body) {
        CartView cart = payments.cart(id);
        String collectionId = payments.collectionOf(cart);
        long version = payments.send(new CreatePaymentSessionCommand(collectionId, Ids.next("payses"), providerId,
                body == null ? null : body.data(), cart.total(), false));
        return Map.of("cart", payments.cartAt(id, collectionId, version));
    }

    @PostMapping("/store/carts/{id}/payment-sessions/{providerId}/refresh")
    Map<String, CartView> refresh(@PathVariable String id, @PathVariable String providerId) {
        CartView cart = payments.cart(id);
        String collectionId = payments.collectionOf(cart);
        long version = payments.send(new RefreshPaymentSessionCommand(collectionId, providerId, cart.total()));
        return Map.of("cart", payments.cartAt(id, collectionId, version));
    }

    @DeleteMapping("/store/carts/{id}/payment-sessions/{providerId}")
    Map<String, CartView> delete(@PathVariable String id, @PathVariable String providerId) {
        CartView cart = payments.cart(id);
        String collectionId = payments.collectionOf(cart);
        long version = payments.send(new DeletePaymentSessionCommand(collectionId, providerId));
        return Map.of("cart", payments.cartAt(id, collectionId, version));
    }

    @PostMapping("/store/carts/{id}/payment-session")
    Map<String, CartView> select(@PathVariable String id,
                                 @RequestBody(required = false) PaymentRequests.SelectSession body) {
        CartView cart = payments.cart(id);
        String collectionId = payments.collectionOf(cart);
        long version = payments.send(new SelectPaymentSessionCommand(collectionId, body == null ? null
                : body.providerId()));
        return Map.of("cart", payments.cartAt(id, collectionId, version));
    }
}
