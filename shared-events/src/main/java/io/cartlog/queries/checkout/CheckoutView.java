package io.cartlog.queries.checkout;

/**
 * A checkout attempt and how it ended: {@code status} {@code started}, {@code completed} (with
 * {@code orderId}) or {@code failed} (with the error shown to the shopper). {@code version} is
 * the cart's version after the attempt's last event.
 */
public record CheckoutView(
        String checkoutId,
        String cartId,
        String idempotencyKey,
        String status,
        String orderId,
        String errorCode,
        String errorMessage,
        long version) {

    public boolean ended() {
        return !"started".equals(status);
    }
}
