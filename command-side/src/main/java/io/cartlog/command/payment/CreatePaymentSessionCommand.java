package io.cartlog.command.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Map;

/**
 * Opens a session with {@code providerId} for {@code amount} (the cart's total now). With
 * {@code replace} (Medusa v2) the collection's other sessions are deleted first; without it
 * (Medusa v1, a session per provider) an existing session of that provider gets the new data.
 */
public record CreatePaymentSessionCommand(@TargetAggregateIdentifier String paymentCollectionId,
                                          String paymentSessionId, String providerId, Map<String, Object> data,
                                          long amount, boolean replace) {
}
