package io.cartlog.events.payment;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/** The provider holds {@code amount} for the cart; at most one per collection until it is canceled. */
@PublicEvent("payment.authorized")
@Revision("1")
public record PaymentAuthorizedEvent(String paymentCollectionId, String cartId, String paymentId,
                                     String paymentSessionId, String providerId, long amount, String currencyCode) {
}
