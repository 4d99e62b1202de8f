package io.cartlog.query.analytics;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The funnel's figures over a window of cart creation times. */
@Component
class CartFunnel {

    private final CartFunnelRepository carts;

    CartFunnel(CartFunnelRepository carts) {
        this.carts = carts;
    }

    record AmountView(String currencyCode, long amount) {
    }

    record AbandonedView(long count, long afterSeconds, List<AmountView> value) {
    }

    record CartFunnelView(Instant from, Instant to, long cartsCreated, long withItems, long withShipping,
                          long withPayment, long completed, double conversionRate, AbandonedView abandoned) {
    }

    /** Carts created in [from, to); abandoned ones are those idle for {@code abandonedAfter} at {@code now}. */
    CartFunnelView figures(Instant from, Instant to, Duration abandonedAfter, Instant now) {
        CartFunnelRepository.Stages stages = carts.stages(from, to);
        List<CartFunnelRepository.Abandoned> abandoned = carts.abandoned(from, to, now.minus(abandonedAfter));
        double conversion = stages.created() == 0 ? 0.0 : BigDecimal.valueOf(stages.completed())
                .divide(BigDecimal.valueOf(stages.created()), 4, RoundingMode.HALF_EVEN).doubleValue();
        return new CartFunnelView(from, to, stages.created(), stages.withItems(), stages.withShipping(),
                stages.withPayment(), stages.completed(), conversion,
                new AbandonedView(abandoned.stream().mapToLong(CartFunnelRepository.Abandoned::count).sum(),
                        abandonedAfter.toSeconds(),
                        abandoned.stream().map(a -> new AmountView(a.currencyCode(), a.amount())).toList()));
    }
}
