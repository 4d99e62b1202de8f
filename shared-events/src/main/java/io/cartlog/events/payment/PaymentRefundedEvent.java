package io.cartlog.events.payment;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/** The provider paid {@code amount} of the captured payment back, once per {@code refundId}. */
@PublicEvent("payment.refunded")
@Revision("1")
public record PaymentRefundedEvent(String paymentCollectionId, String cartId, String paymentId, String refundId,
                                   long amount, String note) {
}
