package io.cartlog.events.payment;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/** The cart's total moved since the collection was created; sessions follow with {@link PaymentSessionUpdatedEvent}. */
@PublicEvent("payment_collection.amount_changed")
@Revision("1")
public record PaymentCollectionAmountChangedEvent(String paymentCollectionId, long amount) {
}
