package io.cartlog.command.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Checkout's authorization of the collection's session for {@code amount}, the cart's total now:
 * a session for another amount is updated with its provider first. Records the outcome as
 * {@code PaymentAuthorizedEvent} or {@code PaymentAuthorizationFailedEvent} and returns normally
 * either way, answering a {@link PaymentAuthorization}. An already authorized collection answers
 * its payment again.
 */
public record AuthorizePaymentCommand(@TargetAggregateIdentifier String paymentCollectionId, long amount) {
}
