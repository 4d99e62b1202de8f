package io.cartlog.events.payment;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/** A cart's payment collection, for {@code amount} (the cart's total then, in minor units). A cart has at most one. */
@PublicEvent("payment_collection.created")
@Revision("1")
public record PaymentCollectionCreatedEvent(String paymentCollectionId, String cartId, String currencyCode, long amount) {
}
