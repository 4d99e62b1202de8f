package io.cartlog.events.payment;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/** An authorized payment voided with its provider (a compensation of checkout). */
@PublicEvent("payment.canceled")
@Revision("1")
public record PaymentCanceledEvent(String paymentCollectionId, String cartId, String paymentId) {
}
