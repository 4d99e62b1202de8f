package io.cartlog.command.payment.provider;

import java.util.Map;

/**
 * A payment service behind Medusa's provider ids ({@code pp_system_default}, {@code pp_stripe_stripe}).
 * Calls for one session carry the same session id, which providers use as their idempotency key,
 * so a retried command never opens a second payment with the provider.
 */
public interface PaymentProvider {

    /** Medusa's provider id. */
    String id();

    /** Opens a payment for the session; answers the session's data (shown to the storefront). */
    Map<String, Object> initiate(PaymentSession session);

    /** Brings the provider's payment to the session's amount and data; answers the new data. */
    Map<String, Object> update(PaymentSession session);

    /** Asks whether the payment is authorized now. Never throws: a failed call is a {@code PROVIDER_ERROR}. */
    Authorization authorize(PaymentSession session);

    /** Voids an authorized payment. */
    void cancel(PaymentSession session);

    /** Takes {@code amount}, at most what is authorized, of an authorized payment; the rest is released. */
    void capture(PaymentSession session, long amount);

    /** Pays {@code amount} of a captured payment back; the same {@code refundId} again never refunds twice. */
    void refund(PaymentSession session, String refundId, long amount);

    /** Drops an unauthorized session's payment, when the session is deleted or replaced. */
    void delete(PaymentSession session);
}
