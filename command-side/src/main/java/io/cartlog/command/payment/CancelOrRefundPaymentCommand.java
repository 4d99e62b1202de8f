package io.cartlog.command.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Gives a canceled order's payment back, whatever became of it: voids it while only authorized,
 * refunds what is left of it (as {@code refundId}) once captured, nothing when that is done
 * already. Answers the collection's version.
 */
public record CancelOrRefundPaymentCommand(@TargetAggregateIdentifier String paymentCollectionId, String paymentId,
                                           String refundId, String note) {
}
