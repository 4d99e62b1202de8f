package io.cartlog.queries.payment;

public record FindPaymentCollectionQuery(String paymentCollectionId) {
}
