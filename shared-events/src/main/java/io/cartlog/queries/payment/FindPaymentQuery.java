package io.cartlog.queries.payment;

/** A payment ({@code pay_…}) by its id, whichever collection holds it. */
public record FindPaymentQuery(String paymentId) {
}
