package io.cartlog.events.payment;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/**
 * The provider did not authorize: {@code code} is {@code payment_requires_action},
 * {@code payment_declined} or {@code payment_provider_error}.
 */
@PublicEvent("payment.authorization_failed")
@Revision("1")
public record PaymentAuthorizationFailedEvent(String paymentCollectionId, String cartId, String paymentSessionId,
                                              String code, String message) {
}
