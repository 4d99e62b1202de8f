package io.cartlog.events.cart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The one place cart amounts are computed, all in the currency's minor unit.
 * <p>
 * Rounding: each line and each shipping method is taxed on its own, tax = net × rate / 100
 * rounded half-to-even to a whole minor unit; nothing else is ever rounded. Every cart total
 * is a sum of those whole numbers, so the line totals plus the shipping totals equal the cart
 * total exactly. Discounts are zero until promotions allocate them per line.
 */
public final class CartTotals {

    private CartTotals() {
    }

    public record Line(long unitPrice, long quantity) {
    }

    /** A line's or a shipping method's amounts: {@code subtotal} before discount and tax. */
    public record Amounts(long subtotal, long discountTotal, long taxTotal, long total) {
    }

    public record Totals(
            List<Amounts> items,
            List<Amounts> shipping,
            long itemSubtotal,
            long itemTaxTotal,
            long itemTotal,
            long shippingSubtotal,
            long shippingTaxTotal,
            long shippingTotal,
            long subtotal,
            long discountTotal,
            long taxTotal,
            long total) {
    }

    /**
     * @param taxRate      the region's rate in percent (19 for 19 %), null or zero for none
     * @param shippingAmounts each shipping method's amount before tax
     */
    public static Totals of(BigDecimal taxRate, List<Line> lines, List<Long> shippingAmounts) {
        BigDecimal rate = taxRate == null ? BigDecimal.ZERO : taxRate;
        List<Amounts> items = lines.stream()
                .map(line -> amounts(Math.multiplyExact(line.unitPrice(), line.quantity()), rate))
                .toList();
        List<Amounts> shipping = shippingAmounts.stream().map(amount -> amounts(amount, rate)).toList();
        long itemSubtotal = sum(items, Amounts::subtotal);
        long itemTax = sum(items, Amounts::taxTotal);
        long itemTotal = sum(items, Amounts::total);
        long shippingSubtotal = sum(shipping, Amounts::subtotal);
        long shippingTax = sum(shipping, Amounts::taxTotal);
        long shippingTotal = sum(shipping, Amounts::total);
        long discount = sum(items, Amounts::discountTotal) + sum(shipping, Amounts::discountTotal);
        return new Totals(items, shipping, itemSubtotal, itemTax, itemTotal, shippingSubtotal, shippingTax,
                shippingTotal, itemSubtotal + shippingSubtotal, discount, itemTax + shippingTax,
                itemTotal + shippingTotal);
    }

    /** Tax on {@code net} minor units at {@code rate} percent, rounded half-to-even. */
    public static long tax(long net, BigDecimal rate) {
        return BigDecimal.valueOf(net).multiply(rate).movePointLeft(2).setScale(0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }

    private static Amounts amounts(long net, BigDecimal rate) {
        long tax = tax(net, rate);
        return new Amounts(net, 0, tax, net + tax);
    }

    private static long sum(List<Amounts> amounts, ToLongFunction<Amounts> field) {
        return amounts.stream().mapToLong(field).sum();
    }
}
