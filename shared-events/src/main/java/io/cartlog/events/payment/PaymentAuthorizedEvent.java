package io.cartlog.events.payment;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/**
 * The provider holds {@code amount} for the cart; at most one per collection until it is canceled.
 * {@code reportedByProvider}: true when the provider told us on its own (Stripe's webhook), false
 * when a checkout asked for it, null for authorizations recorded before revision 2 said which.
 */
@PublicEvent("payment.authorized")
@Revision("2")
public record PaymentAuthorizedEvent(String paymentCollectionId, String cartId, String paymentId,
                                     String paymentSessionId, String providerId, long amount, String currencyCode,
                                     Boolean reportedByProvider) {
}
