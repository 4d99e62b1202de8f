package io.cartlog.command.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Medusa v1's refresh: the provider's session is brought to {@code amount} (the cart's total now). */
public record RefreshPaymentSessionCommand(@TargetAggregateIdentifier String paymentCollectionId, String providerId,
                                           long amount) {
}
