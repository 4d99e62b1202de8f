package io.cartlog.command.payment;

import io.cartlog.command.payment.provider.Authorization;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A provider told us (by webhook) how a session's payment went; applied once, duplicates change nothing. */
public record RecordProviderAuthorizationCommand(@TargetAggregateIdentifier String paymentCollectionId,
                                                 String paymentSessionId, long amount, Authorization authorization) {
}
