package io.cartlog.command.payment.provider;

import java.util.Map;

/** What a provider is told about a session: its ids, the amount to hold, and the session's data so far. */
public record PaymentSession(String paymentCollectionId, String paymentSessionId, String cartId, long amount,
                             String currencyCode, Map<String, Object> data) {

    public PaymentSession {
        data = data == null ? Map.of() : data;
    }

    public PaymentSession withAmount(long changed) {
        return new PaymentSession(paymentCollectionId, paymentSessionId, cartId, changed, currencyCode, data);
    }

    public PaymentSession withData(Map<String, Object> changed) {
        return new PaymentSession(paymentCollectionId, paymentSessionId, cartId, amount, currencyCode, changed);
    }
}
