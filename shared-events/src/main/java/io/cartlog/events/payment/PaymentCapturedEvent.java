package io.cartlog.events.payment;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/**
 * The provider took {@code amount} of the authorized payment; what was authorized beyond it is
 * released. A payment is captured once.
 */
@PublicEvent("payment.captured")
@Revision("1")
public record PaymentCapturedEvent(String paymentCollectionId, String cartId, String paymentId, String captureId,
                                   long amount) {
}
