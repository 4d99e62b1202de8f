package io.cartlog.events.cart;

import io.cartlog.events.cart.CartTotals.Amounts;
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
            Totals totals = CartTotals.of(rates.get(random.nextInt(rates.size())), lines, shipping);

            long lineSum = totals.items().stream().mapToLong(Amounts::total).sum();
            long shippingSum = totals.shipping().stream().mapToLong(Amounts::total).sum();
            assertThat(lineSum + shippingSum).isEqualTo(totals.total());
            assertThat(totals.subtotal() + totals.taxTotal() - totals.discountTotal()).isEqualTo(totals.total());
            assertThat(totals.itemTotal() + totals.shippingTotal()).isEqualTo(totals.total());
        }
    }
}
