package io.cartlog.command.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Medusa v1: the provider whose session checkout authorizes. */
public record SelectPaymentSessionCommand(@TargetAggregateIdentifier String paymentCollectionId, String providerId) {
}
