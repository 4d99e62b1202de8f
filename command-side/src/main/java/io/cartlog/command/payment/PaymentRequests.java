package io.cartlog.command.payment;

import java.util.Map;

/** Bodies of the store payment routes, as Medusa names their fields. */
final class PaymentRequests {

    private PaymentRequests() {
    }

    /** {@code POST /store/payment-collections}. */
    record CreateCollection(String cartId) {
    }

    /** {@code POST /store/payment-collections/{id}/payment-sessions}; also v1's session update ({@code data} only). */
    record CreateSession(String providerId, Map<String, Object> data) {
    }

    /** Medusa v1's {@code POST /store/carts/{id}/payment-session}. */
    record SelectSession(String providerId) {
    }
}
