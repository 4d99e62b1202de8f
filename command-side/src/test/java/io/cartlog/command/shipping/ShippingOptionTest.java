package io.cartlog.command.shipping;

import io.cartlog.events.shipping.ShippingOptionCreatedEvent;
import io.cartlog.events.shipping.ShippingOptionDeletedEvent;
import io.cartlog.events.shipping.ShippingOptionPrice;
import io.cartlog.events.shipping.ShippingOptionType;
import io.cartlog.events.shipping.ShippingOptionUpdatedEvent;
import io.cartlog.platform.web.ApiException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;

class ShippingOptionTest {

    private static final String ID = "so_01JSTANDARD";
    private static final String REGION = "reg_01JEUROPE";
    private static final ShippingOptionType STANDARD = new ShippingOptionType("Standard", "standard", "Ship in 2-3 days.");
    private static final ShippingOptionCreatedEvent CREATED = new ShippingOptionCreatedEvent(ID, "Standard Shipping",
            REGION, "flat", List.of(new ShippingOptionPrice(null, REGION, 1000)), STANDARD, "manual_manual", null,
            Map.of("sla", "3d"));

    private FixtureConfiguration<ShippingOption> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ShippingOption.class);
    }

    private static CreateShippingOptionCommand create(BigDecimal amount, List<ShippingOptionPriceInput> prices) {
        return new CreateShippingOptionCommand(ID, "Standard Shipping", REGION, null, amount, prices, STANDARD, null,
                null, Map.of("sla", "3d"));
    }

    @Test
    void amountIsAFlatPriceInTheOptionsRegionFromTheManualProvider() {
        fixture.givenNoPriorActivity()
                .when(create(new BigDecimal("1000"), null))
                .expectEvents(CREATED);
    }

    @Test
    void pricesAreKeptAsGivenWithCurrencyCodesInLowerCase() {
        fixture.givenNoPriorActivity()
                .when(create(null, List.of(new ShippingOptionPriceInput("USD", null, new BigDecimal("1500")),
                        new ShippingOptionPriceInput(null, "reg_01JNORDICS", BigDecimal.ZERO))))
                .expectEvents(new ShippingOptionCreatedEvent(ID, "Standard Shipping", REGION, "flat",
                        List.of(new ShippingOptionPrice("usd", null, 1500), new ShippingOptionPrice(null, "reg_01JNORDICS", 0)),
                        STANDARD, "manual_manual", null, Map.of("sla", "3d")));
    }

    @Test
    void refusesAFractionOfACent() {
        fixture.givenNoPriorActivity()
                .when(create(new BigDecimal("10.5"), null))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'amount' must be a whole number"));
    }

    @Test
    void refusesAnAmountNoLongCanHold() {
        fixture.givenNoPriorActivity()
                .when(create(new BigDecimal("1E+30"), null))
                .expectException(ApiException.class)
                .expectExceptionMessage("Invalid request: Field 'amount' is too large");
    }

    @Test
    void refusesANegativePriceNamingIt() {
        fixture.givenNoPriorActivity()
                .when(create(null, List.of(new ShippingOptionPriceInput("eur", null, BigDecimal.TEN),
                        new ShippingOptionPriceInput("usd", null, new BigDecimal("-1")))))
                .expectException(ApiException.class)
                .expectExceptionMessage("Invalid request: Field 'prices[1].amount' must not be negative");
    }

    @Test
    void refusesAPriceInBothACurrencyAndARegion() {
        fixture.givenNoPriorActivity()
                .when(create(null, List.of(new ShippingOptionPriceInput("eur", REGION, BigDecimal.TEN))))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'prices[0]' takes a currency_code or a region_id, not both"));
    }

    @Test
    void refusesTwoPricesInOneCurrency() {
        fixture.givenNoPriorActivity()
                .when(create(null, List.of(new ShippingOptionPriceInput("eur", null, BigDecimal.ONE),
                        new ShippingOptionPriceInput("EUR", null, BigDecimal.TEN))))
                .expectException(ApiException.class)
                .expectExceptionMessage("Invalid request: Field 'prices' lists a value twice");
    }

    @Test
    void refusesAnOptionWithoutPrice() {
        fixture.givenNoPriorActivity()
                .when(create(null, null))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'prices' is required"));
    }

    @Test
    void refusesAmountAndPricesTogether() {
        fixture.givenNoPriorActivity()
                .when(create(BigDecimal.ONE, List.of(new ShippingOptionPriceInput("eur", null, BigDecimal.ONE))))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("'amount' and 'prices' cannot both be given"));
    }

    @Test
    void refusesCalculatedPrices() {
        fixture.givenNoPriorActivity()
                .when(new CreateShippingOptionCommand(ID, "Quoted", REGION, "calculated", BigDecimal.ONE, null, STANDARD,
                        null, null, null))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Invalid request: Field 'price_type' must be one of [flat]"));
    }

    @Test
    void refusesAnUnknownProvider() {
        fixture.givenNoPriorActivity()
                .when(new CreateShippingOptionCommand(ID, "DHL", REGION, null, BigDecimal.ONE, null, STANDARD, "dhl", null,
                        null))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Invalid request: Field 'provider_id' must be one of [manual_manual]"));
    }

    @Test
    void refusesATypeWithoutCode() {
        fixture.givenNoPriorActivity()
                .when(new CreateShippingOptionCommand(ID, "Express", REGION, null, BigDecimal.ONE, null,
                        new ShippingOptionType("Express", " ", null), null, null, null))
                .expectException(ApiException.class)
                .expectExceptionMessage("Invalid request: Field 'type.code' is required");
    }

    @Test
    void updateReplacesThePricesAndKeepsTheRest() {
        fixture.given(CREATED)
                .when(new UpdateShippingOptionCommand(ID, null, null, null, null, new BigDecimal("1200"), null, null, null,
                        null, null))
                .expectEvents(new ShippingOptionUpdatedEvent(ID, "Standard Shipping", REGION, "flat",
                        List.of(new ShippingOptionPrice(null, REGION, 1200)), STANDARD, "manual_manual", null,
                        Map.of("sla", "3d")))
                .expectResultMessagePayload(1L);
    }

    @Test
    void refusedUpdateRecordsNothing() {
        fixture.given(CREATED)
                .when(new UpdateShippingOptionCommand(ID, null, "Renamed", null, null, new BigDecimal("-5"), null, null,
                        null, null, null))
                .expectException(ApiException.class)
                .expectNoEvents();
    }

    @Test
    void deletedOptionIsGone() {
        fixture.given(CREATED)
                .when(new DeleteShippingOptionCommand(ID, null))
                .expectEvents(new ShippingOptionDeletedEvent(ID))
                .expectMarkedDeleted();
    }
}
