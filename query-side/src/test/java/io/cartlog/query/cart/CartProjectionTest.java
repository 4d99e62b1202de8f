package io.cartlog.query.cart;

import io.cartlog.events.cart.CartCreatedEvent;
import io.cartlog.events.cart.CartLineItem;
import io.cartlog.events.cart.CartPromotion;
import io.cartlog.events.cart.CartRegion;
import io.cartlog.events.cart.LineItemAddedEvent;
import io.cartlog.events.cart.LineItemQuantityChangedEvent;
import io.cartlog.events.cart.PromotionAppliedEvent;
import io.cartlog.events.cart.PromotionRemovedEvent;
import io.cartlog.events.cart.ShippingMethodSetEvent;
import io.cartlog.queries.cart.CartView;
import io.cartlog.queries.cart.FindCartQuery;
import io.cartlog.query.common.JsonColumns;
import io.cartlog.query.payment.PaymentCollectionRepository;
import io.cartlog.query.common.ReadModelDatabase;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CartProjectionTest {

    private static final String ID = "cart_01JCART";
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final CartRegion EUROPE = new CartRegion("reg_eu", "Europe", "eur", new BigDecimal("19"), true);
    private static final CartPromotion SUMMER = new CartPromotion("promo_1", "SUMMER25", "percentage", "items",
            new BigDecimal("25"), null, null);

    private final JdbcTemplate database = ReadModelDatabase.migratedTemplate();
    private final CartProjection projection =
            new CartProjection(new CartRepository(database, new JsonColumns()),
                    SimpleQueryUpdateEmitter.builder().build(), new PaymentCollectionRepository(database, new JsonColumns()));

    private CartView find() {
        return projection.handle(new FindCartQuery(ID)).orElseThrow();
    }

    @Test
    void eventsAlreadyAppliedAreSkippedWhenDeliveredAgain() {
        projection.on(new CartCreatedEvent(ID, EUROPE, "sc_1", null, null, null, null, null), 0, T0);
        projection.on(new LineItemAddedEvent(ID, tee(2)), 1, T0);
        projection.on(new LineItemQuantityChangedEvent(ID, "cali_1", 3, null), 2, T0);

        projection.on(new LineItemAddedEvent(ID, tee(2)), 1, T0);

        assertThat(find().items()).hasSize(1);
        assertThat(find().items().get(0).quantity()).isEqualTo(3);
        assertThat(find().version()).isEqualTo(2);
    }

    @Test
    void aPromotionDiscountsTheLinesBeforeTax() {
        projection.on(new CartCreatedEvent(ID, EUROPE, "sc_1", null, null, null, null, null), 0, T0);
        projection.on(new LineItemAddedEvent(ID, tee(3)), 1, T0);
        projection.on(new ShippingMethodSetEvent(ID, "casm_1", "so_1", "Standard", 800, null), 2, T0);
        projection.on(new PromotionAppliedEvent(ID, SUMMER), 3, T0);

        CartView cart = find();
        // 5850 − 1462 (25 %, 1462.5 half-even) = 4388, tax 833.72 → 834; shipping 800 + 152
        assertThat(cart.items().get(0).discountTotal()).isEqualTo(1462);
        assertThat(cart.items().get(0).taxTotal()).isEqualTo(834);
        assertThat(cart.items().get(0).total()).isEqualTo(5222);
        assertThat(cart.discountTotal()).isEqualTo(1462);
        assertThat(cart.total()).isEqualTo(5222 + 952);
        assertThat(cart.promotions()).extracting(CartView.PromotionView::code).containsExactly("SUMMER25");

        projection.on(new PromotionRemovedEvent(ID, "promo_1", "SUMMER25"), 4, T0);

        assertThat(find().discountTotal()).isZero();
        assertThat(find().total()).isEqualTo(6962 + 952);
    }

    @Test
    void aBatchOfEventsIsWrittenOnceWhenItCommits() {
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        projection.on(new CartCreatedEvent(ID, EUROPE, "sc_1", null, null, null, null, null), 0, T0);
        projection.on(new LineItemAddedEvent(ID, tee(2)), 1, T0);
        projection.on(new LineItemQuantityChangedEvent(ID, "cali_1", 5, null), 2, T0);

        assertThat(projection.handle(new FindCartQuery(ID))).isEmpty();

        batch.commit();

        assertThat(find().items().get(0).quantity()).isEqualTo(5);
        assertThat(find().version()).isEqualTo(2);
    }

    @Test
    void aBatchDeliveredAgainAfterItCommittedChangesNothing() {
        projection.on(new CartCreatedEvent(ID, EUROPE, "sc_1", null, null, null, null, null), 0, T0);
        projection.on(new LineItemAddedEvent(ID, tee(2)), 1, T0);
        projection.on(new LineItemQuantityChangedEvent(ID, "cali_1", 5, null), 2, T0);

        DefaultUnitOfWork<?> redelivered = DefaultUnitOfWork.startAndGet(null);
        projection.on(new CartCreatedEvent(ID, EUROPE, "sc_1", null, null, null, null, null), 0, T0);
        projection.on(new LineItemAddedEvent(ID, tee(2)), 1, T0);
        redelivered.commit();

        assertThat(find().items().get(0).quantity()).isEqualTo(5);
        assertThat(find().version()).isEqualTo(2);
    }

    @Test
    void aBatchThatRollsBackLeavesNoTrace() {
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        projection.on(new CartCreatedEvent(ID, EUROPE, "sc_1", null, null, null, null, null), 0, T0);
        batch.rollback();

        assertThat(projection.handle(new FindCartQuery(ID))).isEmpty();
    }

    @Test
    void resetForgetsEveryCart() {
        projection.on(new CartCreatedEvent(ID, EUROPE, "sc_1", null, null, null, null, null), 0, T0);

        projection.reset();

        assertThat(projection.handle(new FindCartQuery(ID))).isEmpty();
    }

    private static CartLineItem tee(long quantity) {
        return new CartLineItem("cali_1", "variant_1", "prod_1", "Classic T-Shirt", "Classic T-Shirt", "classic-t-shirt",
                "S", "TS-S", null, 1950, quantity, null);
    }
}
