package io.cartlog.events.payment;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.Map;

/** A session's amount or data as the provider has it now. */
@PublicEvent("payment_session.updated")
@Revision("1")
public record PaymentSessionUpdatedEvent(String paymentCollectionId, String paymentSessionId, long amount,
                                         Map<String, Object> data) {
}
