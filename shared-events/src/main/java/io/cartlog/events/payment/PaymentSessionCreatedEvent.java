package io.cartlog.events.payment;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.Map;

/** A session opened with a payment provider; {@code data} is what the provider answered (e.g. Stripe's client secret). */
@PublicEvent("payment_session.created")
@Revision("1")
public record PaymentSessionCreatedEvent(String paymentCollectionId, String paymentSessionId, String providerId,
                                         long amount, String currencyCode, Map<String, Object> data) {
}
