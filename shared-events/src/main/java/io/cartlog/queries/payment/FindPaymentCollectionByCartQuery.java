package io.cartlog.queries.payment;

/** The cart's payment collection, if it has one. */
public record FindPaymentCollectionByCartQuery(String cartId) {
}
