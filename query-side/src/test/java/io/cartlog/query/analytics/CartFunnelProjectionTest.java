package io.cartlog.query.analytics;

import io.cartlog.events.cart.CartCompletedEvent;
import io.cartlog.events.cart.CartCreatedEvent;
import io.cartlog.events.cart.CartLineItem;
import io.cartlog.events.cart.CartPromotion;
import io.cartlog.events.cart.CartRegion;
import io.cartlog.events.cart.LineItemAddedEvent;
import io.cartlog.events.cart.LineItemQuantityChangedEvent;
import io.cartlog.events.cart.LineItemRemovedEvent;
import io.cartlog.events.cart.PromotionAppliedEvent;
import io.cartlog.events.cart.ShippingMethodSetEvent;
import io.cartlog.events.payment.PaymentCollectionCreatedEvent;
import io.cartlog.query.analytics.CartFunnel.AmountView;
import io.cartlog.query.analytics.CartFunnel.CartFunnelView;
import io.cartlog.query.common.JsonColumns;
import io.cartlog.query.common.ReadModelDatabase;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CartFunnelProjectionTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant DAY_AFTER = T0.plus(Duration.ofDays(1));
    private static final CartRegion EUROPE = new CartRegion("reg_eu", "Europe", "eur", new BigDecimal("19"), true);
    private static final CartRegion US = new CartRegion("reg_us", "US", "usd", null, false);

    private final CartFunnelRepository repository = new CartFunnelRepository(ReadModelDatabase.migratedTemplate(), new JsonColumns());
    private final CartFunnelProjection projection = new CartFunnelProjection(repository);
    private final CartFunnel funnel = new CartFunnel(repository);

    private CartFunnelView figures(Duration abandonedAfter) {
        return funnel.figures(T0.minusSeconds(60), T0.plusSeconds(3600), abandonedAfter, DAY_AFTER);
    }

    @Test
    void countsACartAtEveryStageItReached() {
        projection.on(created("cart_1", EUROPE), 0, T0);
        projection.on(new LineItemAddedEvent("cart_1", tee("cali_1", 1000, 2)), 1, T0);
        projection.on(new ShippingMethodSetEvent("cart_1", "casm_1", "so_1", "Standard", 800, null), 2, T0);
        projection.on(new PaymentCollectionCreatedEvent("pay_col_1", "cart_1", "eur", 3180));
        projection.on(new CartCompletedEvent("cart_1", "chk_1", "order_1"), 3, T0);
        projection.on(created("cart_2", EUROPE), 0, T0);

        CartFunnelView view = figures(Duration.ofHours(1));

        assertThat(view.cartsCreated()).isEqualTo(2);
        assertThat(view.withItems()).isEqualTo(1);
        assertThat(view.withShipping()).isEqualTo(1);
        assertThat(view.withPayment()).isEqualTo(1);
        assertThat(view.completed()).isEqualTo(1);
        assertThat(view.conversionRate()).isEqualTo(0.5);
        assertThat(view.abandoned().count()).isZero();
    }

    @Test
    void anIdleCartWithItemsIsAbandonedWithItsItemTotalPerCurrency() {
        projection.on(created("cart_eu", EUROPE), 0, T0);
        projection.on(new LineItemAddedEvent("cart_eu", tee("cali_1", 1000, 1)), 1, T0);
        projection.on(new LineItemAddedEvent("cart_eu", tee("cali_2", 500, 1)), 2, T0);
        projection.on(new LineItemQuantityChangedEvent("cart_eu", "cali_1", 3, null), 3, T0);
        projection.on(new LineItemRemovedEvent("cart_eu", "cali_2"), 4, T0);
        projection.on(created("cart_us", US), 0, T0);
        projection.on(new LineItemAddedEvent("cart_us", tee("cali_3", 700, 1)), 1, T0);

        CartFunnelView view = figures(Duration.ofHours(1));

        // 3 × 1000 + 19 % tax
        assertThat(view.abandoned().count()).isEqualTo(2);
        assertThat(view.abandoned().afterSeconds()).isEqualTo(3600);
        assertThat(view.abandoned().value()).containsExactly(new AmountView("eur", 3570), new AmountView("usd", 700));
    }

    @Test
    void aCartActiveMoreRecentlyThanTheThresholdIsNotAbandoned() {
        projection.on(created("cart_1", EUROPE), 0, T0);
        projection.on(new LineItemAddedEvent("cart_1", tee("cali_1", 1000, 1)), 1, DAY_AFTER.minusSeconds(60));

        assertThat(figures(Duration.ofHours(1)).abandoned().count()).isZero();
        assertThat(figures(Duration.ZERO).abandoned().count()).isEqualTo(1);
    }

    @Test
    void theValueIsTheItemTotalAfterPromotions() {
        projection.on(created("cart_1", US), 0, T0);
        projection.on(new LineItemAddedEvent("cart_1", tee("cali_1", 1000, 2)), 1, T0);
        projection.on(new PromotionAppliedEvent("cart_1", new CartPromotion("promo_1", "TEN", "percentage", "items",
                new BigDecimal("10"), null, null)), 2, T0);

        assertThat(figures(Duration.ZERO).abandoned().value()).containsExactly(new AmountView("usd", 1800));
    }

    @Test
    void eventsDeliveredAgainChangeNothing() {
        projection.on(created("cart_1", US), 0, T0);
        projection.on(new LineItemAddedEvent("cart_1", tee("cali_1", 1000, 1)), 1, T0);
        projection.on(created("cart_1", US), 0, T0);
        projection.on(new LineItemAddedEvent("cart_1", tee("cali_1", 1000, 1)), 1, T0);
        projection.on(new PaymentCollectionCreatedEvent("pay_col_1", "cart_1", "usd", 1000));
        projection.on(new PaymentCollectionCreatedEvent("pay_col_1", "cart_1", "usd", 1000));

        CartFunnelView view = figures(Duration.ZERO);

        assertThat(view.cartsCreated()).isEqualTo(1);
        assertThat(view.withPayment()).isEqualTo(1);
        assertThat(view.abandoned().value()).containsExactly(new AmountView("usd", 1000));
    }

    @Test
    void cartsCreatedOutsideTheWindowAreNotCounted() {
        projection.on(created("cart_1", US), 0, T0.minus(Duration.ofDays(2)));

        assertThat(figures(Duration.ZERO).cartsCreated()).isZero();
    }

    @Test
    void resetForgetsEveryCart() {
        projection.on(created("cart_1", US), 0, T0);
        projection.on(new PaymentCollectionCreatedEvent("pay_col_1", "cart_1", "usd", 0));

        projection.reset();

        assertThat(figures(Duration.ZERO).cartsCreated()).isZero();
        assertThat(figures(Duration.ZERO).withPayment()).isZero();
    }

    private static CartCreatedEvent created(String cartId, CartRegion region) {
        return new CartCreatedEvent(cartId, region, "sc_1", null, null, null, null, null);
    }

    private static CartLineItem tee(String lineItemId, long unitPrice, long quantity) {
        return new CartLineItem(lineItemId, "variant_1", "prod_1", "Tee", "Tee", "tee", "S", null, null, unitPrice,
                quantity, null);
    }
}
