package io.cartlog.events.payment;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

@PublicEvent("payment_session.deleted")
@Revision("1")
public record PaymentSessionDeletedEvent(String paymentCollectionId, String paymentSessionId) {
}
