package io.cartlog.command.promotion;

import io.cartlog.command.common.CatalogKind;
import io.cartlog.command.common.InMemoryCatalogHandles;
import io.cartlog.command.common.Patch;
import io.cartlog.events.promotion.PromotionCreatedEvent;
import io.cartlog.events.promotion.PromotionDeletedEvent;
import io.cartlog.events.promotion.PromotionUpdatedEvent;
import io.cartlog.platform.web.ApiException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class PromotionTest {

    private static final String ID = "promo_01JSUMMER";
    private static final Instant JUNE = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant JULY = Instant.parse("2026-07-01T00:00:00Z");
    private static final PromotionCreatedEvent CREATED = new PromotionCreatedEvent(ID, "SUMMER25", "percentage", "items",
            new BigDecimal("25"), null, null, null, null, null, "active", Map.of("campaign", "summer"));

    private AggregateTestFixture<Promotion> fixture;
    private InMemoryCatalogHandles catalog;

    @BeforeEach
    void setUp() {
        catalog = new InMemoryCatalogHandles();
        fixture = new AggregateTestFixture<>(Promotion.class);
        fixture.registerInjectableResource(catalog);
    }

    private static CreatePromotionCommand create(String code, String type, String value, String currencyCode) {
        return new CreatePromotionCommand(ID, code, type, "items", new BigDecimal(value), currencyCode, null, null, null,
                null, null, null);
    }

    private static UpdatePromotionCommand update(String code, String status, Patch<Instant> startsAt, Patch<Instant> endsAt) {
        return new UpdatePromotionCommand(ID, null, code, null, null, null, null, null, startsAt, endsAt, null, status, null);
    }

    @Test
    void createsAnActivePromotionWithAnUpperCaseCodeAndClaimsIt() {
        fixture.givenNoPriorActivity()
                .when(new CreatePromotionCommand(ID, "summer25", "percentage", "items", new BigDecimal("25.00"), null, null,
                        null, null, null, null, Map.of("campaign", "summer")))
                .expectEvents(CREATED);
        assertThat(catalog.ownerOf(CatalogKind.PROMOTION, "SUMMER25")).isEqualTo(ID);
    }

    @Test
    void codeTakenInAnotherCaseIsRefused() {
        catalog.with(CatalogKind.PROMOTION, "SUMMER25", "promo_01JOTHER");
        fixture.givenNoPriorActivity()
                .when(create("Summer25", "percentage", "10", null))
                .expectException(ApiException.class)
                .expectExceptionMessage("Promotion with code: SUMMER25, already exists.");
    }

    @Test
    void codeMustBeLettersDigitsDashesAndUnderscores() {
        fixture.givenNoPriorActivity()
                .when(create("SUMMER 25", "percentage", "10", null))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'code' must consist of"));
    }

    @Test
    void codeLongerThan64CharactersIsRefused() {
        fixture.givenNoPriorActivity()
                .when(create("A".repeat(65), "percentage", "10", null))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'code' must be at most 64 characters long"));
    }

    @Test
    void fixedAmountNeedsACurrency() {
        fixture.givenNoPriorActivity()
                .when(create("TENOFF", "fixed", "1000", null))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'application_method.currency_code' is required for a fixed amount"));
    }

    @Test
    void fixedAmountIsWholeMinorUnits() {
        fixture.givenNoPriorActivity()
                .when(create("TENOFF", "fixed", "10.5", "eur"))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'application_method.value' must be a whole number"));
    }

    @Test
    void fixedAmountInAKnownCurrencyIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(create("TENOFF", "fixed", "1000", "EUR"))
                .expectEvents(new PromotionCreatedEvent(ID, "TENOFF", "fixed", "items", new BigDecimal("1000"), "eur", null,
                        null, null, null, "active", null));
    }

    @Test
    void hugeExponentsAreRefusedWithoutSpellingThemOut() {
        fixture.givenNoPriorActivity()
                .when(create("HUGE", "fixed", "1E+999999999", "eur"))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'application_method.value' is too large"));
        fixture.givenNoPriorActivity()
                .when(create("TINY", "fixed", "1E-999999999", "eur"))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'application_method.value' must be a whole number"));
        fixture.givenNoPriorActivity()
                .when(new CreatePromotionCommand(ID, "TINY", "percentage", "items", BigDecimal.TEN, null,
                        new BigDecimal("1E-999999999"), null, null, null, null, null))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'min_subtotal' must be a whole number, got 1E-999999999"));
    }

    @Test
    void percentageWithMoreThanFourDecimalsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(create("FINE", "percentage", "12.34567", null))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'application_method.value' must have at most 4 decimal places"));
    }

    @Test
    void percentageAbove100IsRefused() {
        fixture.givenNoPriorActivity()
                .when(create("TOOMUCH", "percentage", "100.5", null))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'application_method.value' must be more than 0 and at most 100"));
    }

    @Test
    void zeroPercentIsRefused() {
        fixture.givenNoPriorActivity()
                .when(create("NOTHING", "percentage", "0", null))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'application_method.value' must be more than 0"));
    }

    @Test
    void endMustFollowStart() {
        fixture.givenNoPriorActivity()
                .when(new CreatePromotionCommand(ID, "JUNE", "percentage", "items", BigDecimal.TEN, null, null, JULY, JUNE,
                        null, null, null))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'ends_at' must be after 'starts_at'"));
    }

    @Test
    void usageLimitIsAtLeastOne() {
        fixture.givenNoPriorActivity()
                .when(new CreatePromotionCommand(ID, "ONCE", "percentage", "items", BigDecimal.TEN, null, null, null, null,
                        0L, null, null))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'usage_limit' must be at least 1"));
    }

    @Test
    void updateKeepsWhatItDoesNotNameAndMovesTheCode() {
        catalog.with(CatalogKind.PROMOTION, "SUMMER25", ID);
        fixture.given(CREATED)
                .when(update("summer30", "inactive", Patch.of(JUNE), null))
                .expectEvents(new PromotionUpdatedEvent(ID, "SUMMER30", "percentage", "items", new BigDecimal("25"), null,
                        null, JUNE, null, null, "inactive", Map.of("campaign", "summer")))
                .expectResultMessagePayload(1L);
        assertThat(catalog.ownerOf(CatalogKind.PROMOTION, "SUMMER25")).isNull();
        assertThat(catalog.ownerOf(CatalogKind.PROMOTION, "SUMMER30")).isEqualTo(ID);
    }

    @Test
    void updateChecksTheEndAgainstTheStoredStart() {
        fixture.given(CREATED, new PromotionUpdatedEvent(ID, "SUMMER25", "percentage", "items", new BigDecimal("25"), null, null,
                        JULY, null, null, "active", null))
                .when(update(null, null, null, Patch.of(JUNE)))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'ends_at' must be after 'starts_at'"))
                .expectNoEvents();
    }

    @Test
    void switchingToAFixedAmountWithoutACurrencyIsRefused() {
        fixture.given(CREATED)
                .when(new UpdatePromotionCommand(ID, null, null, "fixed", null, new BigDecimal("500"), null, null, null,
                        null, null, null, null))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("'application_method.currency_code' is required"))
                .expectNoEvents();
    }

    @Test
    void unknownStatusIsRefused() {
        fixture.given(CREATED)
                .when(update(null, "paused", null, null))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'status' must be one of [active, inactive]"));
    }

    @Test
    void deletedPromotionReleasesItsCode() {
        catalog.with(CatalogKind.PROMOTION, "SUMMER25", ID);
        fixture.given(CREATED)
                .when(new DeletePromotionCommand(ID, null))
                .expectEvents(new PromotionDeletedEvent(ID))
                .expectMarkedDeleted();
        assertThat(catalog.ownerOf(CatalogKind.PROMOTION, "SUMMER25")).isNull();
    }
}
