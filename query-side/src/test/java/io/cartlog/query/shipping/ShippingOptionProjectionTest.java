package io.cartlog.query.shipping;

import io.cartlog.events.shipping.ShippingOptionCreatedEvent;
import io.cartlog.events.shipping.ShippingOptionDeletedEvent;
import io.cartlog.events.shipping.ShippingOptionPrice;
import io.cartlog.events.shipping.ShippingOptionType;
import io.cartlog.events.shipping.ShippingOptionUpdatedEvent;
import io.cartlog.query.common.JsonColumns;
import io.cartlog.query.common.ReadModelDatabase;
import io.cartlog.queries.shipping.FindShippingOptionQuery;
import io.cartlog.queries.shipping.ListShippingOptionsQuery;
import io.cartlog.queries.shipping.ShippingOptionView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShippingOptionProjectionTest {

    private static final String ID = "so_01JEXPRESS";
    private static final String EUROPE = "reg_01JEUROPE";
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-02T10:00:00Z");
    private static final ShippingOptionType EXPRESS = new ShippingOptionType("Express", "express", null);
    private static final ShippingOptionCreatedEvent CREATED = new ShippingOptionCreatedEvent(ID, "Express", EUROPE,
            "flat", List.of(new ShippingOptionPrice("usd", null, 3000), new ShippingOptionPrice(null, EUROPE, 2500)),
            EXPRESS, "manual_manual", null, null);

    private final JdbcClient jdbc = ReadModelDatabase.migrated();
    private final ShippingOptionProjection projection =
            new ShippingOptionProjection(new ShippingOptionRepository(jdbc, new JsonColumns()));

    @BeforeEach
    void europeSellsInEuros() {
        jdbc.sql("""
                        INSERT INTO region_view (id, name, currency_code, tax_rate, automatic_taxes, version, created_at,
                                                 updated_at)
                        VALUES (?, 'Europe', 'eur', 0, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .param(EUROPE)
                .update();
    }

    private ShippingOptionView find() {
        return projection.handle(new FindShippingOptionQuery(ID)).orElseThrow();
    }

    @Test
    void regionPriceIsInTheRegionsCurrencyAndIsTheOptionsAmount() {
        projection.on(CREATED, 0, T0);

        ShippingOptionView option = find();
        assertThat(option.amount()).isEqualTo(2500);
        assertThat(option.prices()).extracting(ShippingOptionView.PriceView::currencyCode).containsExactly("usd", "eur");
        assertThat(option.prices().get(1).priceRules()).containsExactly(
                new ShippingOptionView.RuleView("region_id", EUROPE, "eq"));
    }

    @Test
    void currencyPriceIsTheAmountWhenTheRegionHasNoPriceOfItsOwn() {
        projection.on(new ShippingOptionCreatedEvent(ID, "Express", EUROPE, "flat",
                List.of(new ShippingOptionPrice("eur", null, 900)), EXPRESS, "manual_manual", null, null), 0, T0);

        assertThat(find().amount()).isEqualTo(900);
    }

    @Test
    void eventsAlreadyAppliedAreSkippedWhenDeliveredAgain() {
        projection.on(CREATED, 0, T0);
        projection.on(new ShippingOptionUpdatedEvent(ID, "Express", EUROPE, "flat",
                List.of(new ShippingOptionPrice(null, EUROPE, 2000)), EXPRESS, "manual_manual", null, null), 1, T1);

        projection.on(CREATED, 0, T0);

        assertThat(find().amount()).isEqualTo(2000);
        assertThat(find().version()).isEqualTo(1);
    }

    @Test
    void regionListOmitsDeletedOptionsAndOtherRegions() {
        projection.on(CREATED, 0, T0);
        projection.on(new ShippingOptionCreatedEvent("so_01JOTHER", "Other", "reg_01JOTHER", "flat",
                List.of(new ShippingOptionPrice("usd", null, 1)), EXPRESS, "manual_manual", null, null), 0, T0);
        assertThat(projection.handle(new ListShippingOptionsQuery(EUROPE))).extracting(ShippingOptionView::id)
                .containsExactly(ID);

        projection.on(new ShippingOptionDeletedEvent(ID), 1, T1);
        projection.on(CREATED, 0, T0);

        assertThat(projection.handle(new ListShippingOptionsQuery(EUROPE))).isEmpty();
    }

    @Test
    void resetForgetsEveryOption() {
        projection.on(CREATED, 0, T0);

        projection.reset();

        assertThat(projection.handle(new FindShippingOptionQuery(ID))).isEmpty();
    }
}
