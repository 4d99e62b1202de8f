package io.cartlog.queries.checkout;

/** The cart's checkout attempt made with this idempotency key, if any. */
public record FindCheckoutQuery(String cartId, String idempotencyKey) {
}
