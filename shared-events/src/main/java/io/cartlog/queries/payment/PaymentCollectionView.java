package io.cartlog.queries.payment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A payment collection as Medusa v2 shows it, amounts in minor units. {@code status} is
 * {@code not_paid}, {@code authorized}, {@code partially_captured}, {@code completed} (captured in
 * full) or {@code canceled}; {@code selectedSessionId} is Medusa v1's chosen session;
 * {@code paymentId} the payment that holds money now, {@code payments} every payment it had.
 */
public record PaymentCollectionView(
        String id,
        String cartId,
        String currencyCode,
        long amount,
        long authorizedAmount,
        long capturedAmount,
        long refundedAmount,
        String status,
        List<PaymentSessionView> paymentSessions,
        String selectedSessionId,
        String paymentId,
        List<PaymentView> payments,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** {@code status}: {@code pending}, {@code authorized}, {@code requires_more}, {@code error} or {@code canceled}. */
    public record PaymentSessionView(
            String id,
            String paymentCollectionId,
            String providerId,
            String currencyCode,
            long amount,
            String status,
            Map<String, Object> data,
            Instant authorizedAt,
            Instant createdAt,
            Instant updatedAt) {
    }
}
