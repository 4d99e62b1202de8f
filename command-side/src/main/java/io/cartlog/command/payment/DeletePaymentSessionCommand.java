package io.cartlog.command.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeletePaymentSessionCommand(@TargetAggregateIdentifier String paymentCollectionId, String providerId) {
}
