package io.cartlog.command.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A cart's payment collection for its total now. */
public record CreatePaymentCollectionCommand(@TargetAggregateIdentifier String paymentCollectionId, String cartId,
                                             String currencyCode, long amount) {
}
