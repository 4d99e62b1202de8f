package io.cartlog.events.cart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The one place cart amounts are computed, all in the currency's minor unit.
 * <p>
 * Discounts: promotions apply in the order given, each to what earlier ones left of every line
 * (or shipping method). A percentage is taken per line and rounded half-to-even; a fixed amount
 * (at most what is left) is split over the lines in proportion to what is left of each, whole
 * units, the remainder going to the largest fractions (earlier lines on ties). A promotion with
 * a minimum applies only while the item subtotal reaches it.
 * <p>
 * Tax: each line and each shipping method is taxed on its own, tax = (subtotal − discount) ×
 * rate / 100 rounded half-to-even to a whole minor unit. Every cart total is a sum of those
 * whole numbers, so the line totals plus the shipping totals equal the cart total exactly.
 * <p>
 * Each line's and shipping method's discount is also given per promotion ({@link Amounts#discounts()}),
 * whole units that add up to its {@code discountTotal}: what Medusa shows as adjustments.
 */
public final class CartTotals {

    private static final String SHIPPING = "shipping";
    private static final String FIXED = "fixed";

    private CartTotals() {
    }

    public record Line(long unitPrice, long quantity) {
    }

    /** A promotion's effect: {@code percentage} or {@code fixed}, on {@code items} or {@code shipping}. */
    public record Discount(String type, String target, BigDecimal value, Long minSubtotal) {
    }

    /**
     * A line's or a shipping method's amounts: {@code subtotal} before discount and tax;
     * {@code discounts} holds each discount's part of {@code discountTotal}, in the order the
     * discounts were given (0 where one took nothing here).
     */
    public record Amounts(long subtotal, long discountTotal, long taxTotal, long total, List<Long> discounts) {

        /** Amounts without any discount given. */
        public Amounts(long subtotal, long discountTotal, long taxTotal, long total) {
            this(subtotal, discountTotal, taxTotal, total, List.of());
        }
    }

    public record Totals(
            List<Amounts> items,
            List<Amounts> shipping,
            long itemSubtotal,
            long itemDiscountTotal,
            long itemTaxTotal,
            long itemTotal,
            long shippingSubtotal,
            long shippingDiscountTotal,
            long shippingTaxTotal,
            long shippingTotal,
            long subtotal,
            long discountTotal,
            long taxTotal,
            long total) {
    }

    public static Totals of(BigDecimal taxRate, List<Line> lines, List<Long> shippingAmounts) {
        return of(taxRate, lines, shippingAmounts, List.of());
    }

    /**
     * @param taxRate         the region's rate in percent (19 for 19 %), null for none
     * @param shippingAmounts each shipping method's amount before tax
     */
    public static Totals of(BigDecimal taxRate, List<Line> lines, List<Long> shippingAmounts, List<Discount> discounts) {
        BigDecimal rate = taxRate == null ? BigDecimal.ZERO : taxRate;
        List<Long> itemNets = lines.stream().map(line -> Math.multiplyExact(line.unitPrice(), line.quantity())).toList();
        long itemSubtotal = itemNets.stream().mapToLong(Long::longValue).sum();
        long[] itemDiscounts = new long[itemNets.size()];
        long[] shippingDiscounts = new long[shippingAmounts.size()];
        long[][] itemShares = new long[discounts.size()][itemNets.size()];
        long[][] shippingShares = new long[discounts.size()][shippingAmounts.size()];
        for (int d = 0; d < discounts.size(); d++) {
            Discount discount = discounts.get(d);
            if (discount.minSubtotal() != null && itemSubtotal < discount.minSubtotal()) {
                continue;
            }
            boolean shipping = SHIPPING.equals(discount.target());
            discount(discount, shipping ? shippingAmounts : itemNets, shipping ? shippingDiscounts : itemDiscounts,
                    shipping ? shippingShares[d] : itemShares[d]);
        }
        List<Amounts> items = amounts(itemNets, itemDiscounts, itemShares, rate);
        List<Amounts> shipping = amounts(shippingAmounts, shippingDiscounts, shippingShares, rate);
        long itemDiscount = sum(items, Amounts::discountTotal);
        long itemTax = sum(items, Amounts::taxTotal);
        long itemTotal = sum(items, Amounts::total);
        long shippingSubtotal = sum(shipping, Amounts::subtotal);
        long shippingDiscount = sum(shipping, Amounts::discountTotal);
        long shippingTax = sum(shipping, Amounts::taxTotal);
        long shippingTotal = sum(shipping, Amounts::total);
        return new Totals(items, shipping, itemSubtotal, itemDiscount, itemTax, itemTotal, shippingSubtotal,
                shippingDiscount, shippingTax, shippingTotal, itemSubtotal + shippingSubtotal,
                itemDiscount + shippingDiscount, itemTax + shippingTax, itemTotal + shippingTotal);
    }

    /** Tax on {@code net} minor units at {@code rate} percent, rounded half-to-even. */
    public static long tax(long net, BigDecimal rate) {
        return percentOf(net, rate);
    }

    private static long percentOf(long amount, BigDecimal percent) {
        return BigDecimal.valueOf(amount).multiply(percent).movePointLeft(2).setScale(0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }

    /**
     * Adds one promotion's discount to {@code discounts}, never past what is left of a net amount,
     * and records each net amount's part of it in {@code shares}.
     */
    private static void discount(Discount discount, List<Long> nets, long[] discounts, long[] shares) {
        long[] left = new long[nets.size()];
        for (int i = 0; i < left.length; i++) {
            left[i] = nets.get(i) - discounts[i];
        }
        if (FIXED.equals(discount.type())) {
            long[] allocated = allocate(discount.value().setScale(0, RoundingMode.HALF_EVEN).longValueExact(), left);
            System.arraycopy(allocated, 0, shares, 0, allocated.length);
        } else {
            for (int i = 0; i < left.length; i++) {
                shares[i] = Math.min(left[i], percentOf(left[i], discount.value()));
            }
        }
        for (int i = 0; i < shares.length; i++) {
            discounts[i] += shares[i];
        }
    }

    /** {@code amount} (at most the sum of {@code bases}) split in proportion to the bases, largest remainders first. */
    static long[] allocate(long amount, long[] bases) {
        long total = 0;
        for (long base : bases) {
            total += base;
        }
        long[] shares = new long[bases.length];
        long spread = Math.min(Math.max(amount, 0), total);
        if (spread == 0) {
            return shares;
        }
        long given = 0;
        List<Integer> byFraction = new ArrayList<>();
        BigDecimal whole = BigDecimal.valueOf(total);
        long[] fractions = new long[bases.length];
        for (int i = 0; i < bases.length; i++) {
            BigDecimal[] division = BigDecimal.valueOf(spread).multiply(BigDecimal.valueOf(bases[i]))
                    .divideAndRemainder(whole);
            shares[i] = division[0].longValueExact();
            fractions[i] = division[1].longValueExact();
            given += shares[i];
            byFraction.add(i);
        }
        byFraction.sort((a, b) -> Long.compare(fractions[b], fractions[a]));
        for (int k = 0; given < spread; k++, given++) {
            shares[byFraction.get(k)]++;
        }
        return shares;
    }

    private static List<Amounts> amounts(List<Long> nets, long[] discounts, long[][] shares, BigDecimal rate) {
        List<Amounts> amounts = new ArrayList<>();
        for (int i = 0; i < nets.size(); i++) {
            long net = nets.get(i) - discounts[i];
            long tax = tax(net, rate);
            List<Long> byDiscount = new ArrayList<>(shares.length);
            for (long[] share : shares) {
                byDiscount.add(share[i]);
            }
            amounts.add(new Amounts(nets.get(i), discounts[i], tax, net + tax, List.copyOf(byDiscount)));
        }
        return List.copyOf(amounts);
    }

    private static long sum(List<Amounts> amounts, ToLongFunction<Amounts> field) {
        return amounts.stream().mapToLong(field).sum();
    }
}
