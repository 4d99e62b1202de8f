package io.cartlog.queries.payment;

import java.time.Instant;
import java.util.List;

/**
 * A payment (an authorized session) as Medusa v2's admin API shows it, amounts in minor units:
 * {@code amount} is what was authorized, {@code captures} and {@code refunds} what was taken and
 * paid back.
 */
public record PaymentView(
        String id,
        String paymentCollectionId,
        String paymentSessionId,
        String providerId,
        String currencyCode,
        long amount,
        List<CaptureView> captures,
        List<RefundView> refunds,
        Instant capturedAt,
        Instant canceledAt,
        Instant createdAt,
        Instant updatedAt) {

    public record CaptureView(String id, long amount, Instant createdAt) {
    }

    public record RefundView(String id, long amount, String note, Instant createdAt) {
    }
}
