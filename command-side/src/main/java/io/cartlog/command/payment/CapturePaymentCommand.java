package io.cartlog.command.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Takes {@code amount} (null: all) of the collection's authorized payment {@code paymentId}; answers the collection's version. */
public record CapturePaymentCommand(@TargetAggregateIdentifier String paymentCollectionId,
                                    @TargetAggregateVersion Long expectedVersion, String paymentId, Long amount) {
}
