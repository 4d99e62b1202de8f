package io.cartlog.events.cart;

import java.math.BigDecimal;

/**
 * A promotion as a cart applies it, copied when applied: {@code type} {@code percentage} (value
 * in percent) or {@code fixed} (value in minor units of {@code currencyCode}), {@code target}
 * {@code items} or {@code shipping}, applying only while the item subtotal is at least
 * {@code minSubtotal} (null: always).
 */
public record CartPromotion(
        String promotionId,
        String code,
        String type,
        String target,
        BigDecimal value,
        String currencyCode,
        Long minSubtotal) {

    /** The promotion as the totals computation takes it. */
    public CartTotals.Discount discount() {
        return new CartTotals.Discount(type, target, value, minSubtotal);
    }
}
