package io.cartlog.command.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Pays {@code amount} of the captured payment {@code paymentId} back. The caller names the refund,
 * so a retried command finds it done and refunds nothing more; answers the collection's version.
 */
public record RefundPaymentCommand(@TargetAggregateIdentifier String paymentCollectionId,
                                   @TargetAggregateVersion Long expectedVersion, String paymentId, String refundId,
                                   long amount, String note) {
}
