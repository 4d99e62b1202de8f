package io.cartlog.events.payment;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/** Medusa v1's choice among a cart's sessions: the one checkout authorizes. */
@PublicEvent("payment_session.selected")
@Revision("1")
public record PaymentSessionSelectedEvent(String paymentCollectionId, String paymentSessionId) {
}
