package io.cartlog.command.payment;

/**
 * What {@link AuthorizePaymentCommand} ended with: the payment and the amount it holds, or the
 * error code (e.g. {@code payment_requires_action}) and message the shopper sees.
 */
public record PaymentAuthorization(boolean authorized, String paymentId, long amount, String code, String message) {

    static PaymentAuthorization of(String paymentId, long amount) {
        return new PaymentAuthorization(true, paymentId, amount, null, null);
    }

    public static PaymentAuthorization refused(String code, String message) {
        return new PaymentAuthorization(false, null, 0, code, message);
    }
}
