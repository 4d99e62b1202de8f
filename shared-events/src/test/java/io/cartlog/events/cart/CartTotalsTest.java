package io.cartlog.events.cart;

import io.cartlog.events.cart.CartTotals.Amounts;
import io.cartlog.events.cart.CartTotals.Discount;
import io.cartlog.events.cart.CartTotals.Line;
import io.cartlog.events.cart.CartTotals.Totals;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CartTotalsTest {

    @Test
    void taxesEachLineRoundedHalfToEven() {
        // 1950 × 19 % = 370.5 → 370 (even); 1850 × 19 % = 351.5 → 352 (even)
        assertThat(CartTotals.tax(1950, new BigDecimal("19"))).isEqualTo(370);
        assertThat(CartTotals.tax(1850, new BigDecimal("19"))).isEqualTo(352);
        // 2200 × 8.875 % = 195.25 → 195
        assertThat(CartTotals.tax(2200, new BigDecimal("8.875"))).isEqualTo(195);
    }

    @Test
    void computesMedusasTotalsForTwoLinesAndShipping() {
        Totals totals = CartTotals.of(new BigDecimal("19"), List.of(new Line(1950, 3), new Line(2450, 1)), List.of(800L));

        assertThat(totals.items()).containsExactly(new Amounts(5850, 0, 1112, 6962), new Amounts(2450, 0, 466, 2916));
        assertThat(totals.shipping()).containsExactly(new Amounts(800, 0, 152, 952));
        assertThat(totals.itemSubtotal()).isEqualTo(8300);
        assertThat(totals.itemTaxTotal()).isEqualTo(1578);
        assertThat(totals.itemTotal()).isEqualTo(9878);
        assertThat(totals.shippingTotal()).isEqualTo(952);
        assertThat(totals.subtotal()).isEqualTo(9100);
        assertThat(totals.taxTotal()).isEqualTo(1730);
        assertThat(totals.total()).isEqualTo(10830);
    }

    @Test
    void percentageDiscountIsTakenPerLineBeforeTax() {
        // 25 % of 5850 = 1462.5 → 1462 (even); of 2450 = 612.5 → 612; tax on what is left.
        Totals totals = CartTotals.of(new BigDecimal("19"), List.of(new Line(1950, 3), new Line(2450, 1)), List.of(800L),
                List.of(new Discount("percentage", "items", new BigDecimal("25"), null)));

        assertThat(totals.items()).containsExactly(new Amounts(5850, 1462, 834, 5222, List.of(1462L)),
                new Amounts(2450, 612, 349, 2187, List.of(612L)));
        assertThat(totals.shipping()).containsExactly(new Amounts(800, 0, 152, 952, List.of(0L)));
        assertThat(totals.discountTotal()).isEqualTo(2074);
        assertThat(totals.total()).isEqualTo(5222 + 2187 + 952);
    }

    @Test
    void fixedDiscountIsSplitInProportionToTheLines() {
        // 1000 over 3000 and 1000: 750 and 250
        Totals totals = CartTotals.of(BigDecimal.ZERO, List.of(new Line(1000, 3), new Line(1000, 1)), List.of(),
                List.of(new Discount("fixed", "items", new BigDecimal("1000"), null)));

        assertThat(totals.items()).extracting(Amounts::discountTotal).containsExactly(750L, 250L);
        assertThat(CartTotals.allocate(100, new long[]{100, 100, 100})).containsExactly(34, 33, 33);
        assertThat(CartTotals.allocate(5000, new long[]{300, 200})).containsExactly(300, 200);
    }

    @Test
    void eachPromotionsPartOfALineDiscountIsKept() {
        // 10 % of 3000 = 300 and of 1000 = 100; then 500 fixed over what is left (2700, 900): 375 and 125.
        Totals totals = CartTotals.of(BigDecimal.ZERO, List.of(new Line(1000, 3), new Line(1000, 1)), List.of(600L),
                List.of(new Discount("percentage", "items", BigDecimal.TEN, null),
                        new Discount("fixed", "items", new BigDecimal("500"), null),
                        new Discount("percentage", "shipping", new BigDecimal("50"), null)));

        assertThat(totals.items()).extracting(Amounts::discounts)
                .containsExactly(List.of(300L, 375L, 0L), List.of(100L, 125L, 0L));
        assertThat(totals.items()).extracting(Amounts::discountTotal).containsExactly(675L, 225L);
        assertThat(totals.shipping()).extracting(Amounts::discounts).containsExactly(List.of(0L, 0L, 300L));
    }

    @Test
    void aPromotionBelowItsMinimumDoesNotApply() {
        Totals totals = CartTotals.of(BigDecimal.ZERO, List.of(new Line(1000, 1)), List.of(500L),
                List.of(new Discount("percentage", "shipping", new BigDecimal("100"), 2000L)));

        assertThat(totals.discountTotal()).isZero();
        assertThat(totals.total()).isEqualTo(1500);
    }

    @Test
    void lineTotalsPlusShippingEqualTheCartTotalForManyRandomCarts() {
        Random random = new Random(42);
        List<BigDecimal> rates = List.of(BigDecimal.ZERO, new BigDecimal("19"), new BigDecimal("8.875"),
                new BigDecimal("7.7"), new BigDecimal("20"));
        for (int run = 0; run < 10_000; run++) {
            List<Line> lines = new ArrayList<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                lines.add(new Line(random.nextInt(100_000), 1 + random.nextInt(20)));
            }
            List<Long> shipping = random.nextBoolean() ? List.of((long) random.nextInt(5_000)) : List.of();
            List<Discount> discounts = new ArrayList<>();
            if (random.nextBoolean()) {
                discounts.add(new Discount("percentage", random.nextBoolean() ? "items" : "shipping",
                        BigDecimal.valueOf(random.nextInt(101)), null));
            }
            if (random.nextBoolean()) {
                discounts.add(new Discount("fixed", random.nextBoolean() ? "items" : "shipping",
                        BigDecimal.valueOf(random.nextInt(200_000)), random.nextBoolean() ? null : 50_000L));
            }
            Totals totals = CartTotals.of(rates.get(random.nextInt(rates.size())), lines, shipping, discounts);

            long lineSum = totals.items().stream().mapToLong(Amounts::total).sum();
            long shippingSum = totals.shipping().stream().mapToLong(Amounts::total).sum();
            assertThat(lineSum + shippingSum).isEqualTo(totals.total());
            assertThat(totals.subtotal() + totals.taxTotal() - totals.discountTotal()).isEqualTo(totals.total());
            assertThat(totals.itemTotal() + totals.shippingTotal()).isEqualTo(totals.total());
            for (Amounts amounts : totals.items()) {
                assertThat(amounts.discountTotal()).isBetween(0L, amounts.subtotal());
            }
            List<Amounts> all = new ArrayList<>(totals.items());
            all.addAll(totals.shipping());
            for (Amounts amounts : all) {
                assertThat(amounts.discounts()).hasSize(discounts.size());
                assertThat(amounts.discounts().stream().mapToLong(Long::longValue).sum())
                        .isEqualTo(amounts.discountTotal());
            }
        }
    }
}
