package io.cartlog.command.payment;

import java.util.Map;

/** Bodies of the payment routes, as Medusa names their fields. */
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

    /** {@code POST /admin/payments/{id}/capture}: all that is authorized without an amount. */
    record Capture(Long amount, Long version) {
    }

    /** {@code POST /admin/payments/{id}/refund}. */
    record Refund(Long amount, String note, Long version) {
    }
}
