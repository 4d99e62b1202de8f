package io.cartlog.command.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Voids the authorized payment with its provider (checkout's compensation); nothing when none is authorized. */
public record CancelPaymentCommand(@TargetAggregateIdentifier String paymentCollectionId) {
}
