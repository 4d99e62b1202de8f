package io.cartlog.command.inventory;

import io.cartlog.events.inventory.InventoryStockedQuantitySetEvent;
import io.cartlog.events.inventory.ReservedStockConsumedEvent;
import io.cartlog.events.inventory.StockReservationReleasedEvent;
import io.cartlog.events.inventory.StockReservedEvent;
import io.cartlog.events.inventory.StockReturnedEvent;
import io.cartlog.platform.web.ApiException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.cartlog.command.common.Refusals.refusal;
import static org.hamcrest.Matchers.containsString;

class InventoryItemTest {

    private static final String VARIANT = "variant_01JSHIRTS";
    private static final String CART = "cart_01JCART";
    private static final String OTHER_CART = "cart_01JOTHER";

    private FixtureConfiguration<InventoryItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InventoryItem.class);
    }

    private static InventoryStockedQuantitySetEvent stocked(long quantity) {
        return new InventoryStockedQuantitySetEvent(VARIANT, quantity);
    }

    private static StockReservedEvent reserved(String reservationId, String cartId, long quantity) {
        return new StockReservedEvent(VARIANT, reservationId, cartId, quantity);
    }

    private static ReserveStockCommand reserve(String reservationId, String cartId, long quantity) {
        return new ReserveStockCommand(VARIANT, reservationId, cartId, quantity);
    }

    /** The refusal a checkout sees: 409 insufficient_inventory. */
    private static Matcher<ApiException> insufficientInventory() {
        return refusal(409, "insufficient_inventory");
    }

    // Stocked quantity

    @Test
    void settingStockCreatesTheItemWhenItHasNone() {
        fixture.givenNoPriorActivity()
                .when(new SetStockedQuantityCommand(VARIANT, 5))
                .expectSuccessfulHandlerExecution()
                .expectEvents(stocked(5));
    }

    @Test
    void aNewItemIsCreatedEvenWithNothingInStock() {
        fixture.givenNoPriorActivity()
                .when(new SetStockedQuantityCommand(VARIANT, 0))
                .expectEvents(stocked(0));
    }

    @Test
    void settingStockChangesTheStockedQuantity() {
        fixture.given(stocked(5))
                .when(new SetStockedQuantityCommand(VARIANT, 8))
                .expectEvents(stocked(8));
    }

    @Test
    void settingTheSameStockAgainChangesNothing() {
        fixture.given(stocked(5), stocked(3))
                .when(new SetStockedQuantityCommand(VARIANT, 3))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesNegativeStock() {
        fixture.given(stocked(5))
                .when(new SetStockedQuantityCommand(VARIANT, -1))
                .expectException(ApiException.class)
                .expectExceptionMessage("Invalid request: Field 'stocked_quantity' must not be negative")
                .expectNoEvents();
    }

    @Test
    void refusesNegativeStockForANewItemWithoutCreatingIt() {
        fixture.givenNoPriorActivity()
                .when(new SetStockedQuantityCommand(VARIANT, -1))
                .expectException(ApiException.class)
                .expectNoEvents();
    }

    @Test
    void stockMaySinkBelowWhatIsReserved() {
        fixture.given(stocked(5), reserved("res_1", CART, 4))
                .when(new SetStockedQuantityCommand(VARIANT, 2))
                .expectEvents(stocked(2));
    }

    // Reservations

    @Test
    void reservesWhatIsAvailable() {
        fixture.given(stocked(5), reserved("res_1", CART, 2))
                .when(reserve("res_2", OTHER_CART, 3))
                .expectSuccessfulHandlerExecution()
                .expectEvents(reserved("res_2", OTHER_CART, 3));
    }

    @Test
    void refusesMoreThanIsAvailableNamingTheVariant() {
        fixture.given(stocked(5), reserved("res_1", CART, 2))
                .when(reserve("res_2", OTHER_CART, 4))
                .expectException(insufficientInventory())
                .expectExceptionMessage("Variant with id '" + VARIANT
                        + "' does not have the required inventory: 4 requested, 3 available")
                .expectNoEvents();
    }

    @Test
    void refusesTheUnitAnotherReservationHolds() {
        fixture.given(stocked(1), reserved("res_1", CART, 1))
                .when(reserve("res_2", OTHER_CART, 1))
                .expectException(insufficientInventory())
                .expectNoEvents();
    }

    @Test
    void refusesToReserveFromAnEmptyItem() {
        fixture.given(stocked(0))
                .when(reserve("res_1", CART, 1))
                .expectException(insufficientInventory())
                .expectNoEvents();
    }

    @Test
    void refusesToReserveWhenStockSankBelowWhatIsReserved() {
        fixture.given(stocked(5), reserved("res_1", CART, 4), stocked(2))
                .when(reserve("res_2", OTHER_CART, 1))
                .expectException(insufficientInventory())
                .expectExceptionMessage(containsString("1 requested, 0 available"))
                .expectNoEvents();
    }

    @Test
    void aVariantWithoutAnItemIsNotStockedSoReservingItIsInsufficientInventory() {
        fixture.givenNoPriorActivity()
                .when(reserve("res_1", CART, 1))
                .expectException(insufficientInventory())
                .expectExceptionMessage("Variant with id '" + VARIANT
                        + "' does not have the required inventory: 1 requested, 0 available (its stock is not managed)")
                .expectNoEvents();
    }

    @Test
    void reservingUnderTheSameReservationIdAgainChangesNothingAndSucceeds() {
        fixture.given(stocked(1), reserved("res_1", CART, 1))
                .when(reserve("res_1", CART, 1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesAHeldReservationIdForADifferentQuantity() {
        fixture.given(stocked(5), reserved("res_1", CART, 1))
                .when(reserve("res_1", CART, 2))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Reservation 'res_1' of variant '" + VARIANT
                        + "' already holds 1 for cart '" + CART + "'"))
                .expectNoEvents();
    }

    @Test
    void refusesANonPositiveQuantity() {
        fixture.given(stocked(5))
                .when(reserve("res_1", CART, 0))
                .expectException(ApiException.class)
                .expectExceptionMessage("Invalid request: Field 'quantity' must be at least 1")
                .expectNoEvents();
    }

    @Test
    void refusesAReservationWithoutAnId() {
        fixture.given(stocked(5))
                .when(reserve(" ", CART, 1))
                .expectException(ApiException.class)
                .expectExceptionMessage("Invalid request: Field 'reservation_id' is required")
                .expectNoEvents();
    }

    // Releases

    @Test
    void releasingGivesTheReservedUnitsBack() {
        fixture.given(stocked(5), reserved("res_1", CART, 2))
                .when(new ReleaseStockReservationCommand(VARIANT, "res_1"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new StockReservationReleasedEvent(VARIANT, "res_1", 2));
    }

    @Test
    void aReleasedUnitCanBeReservedAgain() {
        fixture.given(stocked(1), reserved("res_1", CART, 1), new StockReservationReleasedEvent(VARIANT, "res_1", 1))
                .when(reserve("res_2", OTHER_CART, 1))
                .expectEvents(reserved("res_2", OTHER_CART, 1));
    }

    @Test
    void releasingAgainChangesNothingAndSucceeds() {
        fixture.given(stocked(5), reserved("res_1", CART, 2), new StockReservationReleasedEvent(VARIANT, "res_1", 2))
                .when(new ReleaseStockReservationCommand(VARIANT, "res_1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void releasingAnUnknownReservationChangesNothingAndSucceeds() {
        fixture.given(stocked(5), reserved("res_1", CART, 2))
                .when(new ReleaseStockReservationCommand(VARIANT, "res_unknown"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void releasingOnAVariantWithoutAnItemChangesNothingAndSucceeds() {
        fixture.givenNoPriorActivity()
                .when(new ReleaseStockReservationCommand(VARIANT, "res_1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aReleasedReservationIdMayBeReservedAgain() {
        fixture.given(stocked(1), reserved("res_1", CART, 1), new StockReservationReleasedEvent(VARIANT, "res_1", 1))
                .when(reserve("res_1", CART, 1))
                .expectEvents(reserved("res_1", CART, 1));
    }

    // Consumption by fulfillments

    @Test
    void aFulfillmentTakesReservedUnitsOffTheShelf() {
        fixture.given(stocked(5), reserved("res_1", CART, 3))
                .when(new ConsumeReservedStockCommand(VARIANT, "res_1", "ful_1", 2))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReservedStockConsumedEvent(VARIANT, "res_1", "ful_1", 2));
    }

    @Test
    void consumedUnitsAreNeitherStockedNorReserved() {
        fixture.given(stocked(3), reserved("res_1", CART, 2),
                        new ReservedStockConsumedEvent(VARIANT, "res_1", "ful_1", 2))
                .when(reserve("res_2", OTHER_CART, 2))
                .expectException(insufficientInventory())
                .expectExceptionMessage(containsString("2 requested, 1 available"));
    }

    @Test
    void theSameFulfillmentConsumesOnce() {
        fixture.given(stocked(5), reserved("res_1", CART, 3), new ReservedStockConsumedEvent(VARIANT, "res_1", "ful_1", 1))
                .when(new ConsumeReservedStockCommand(VARIANT, "res_1", "ful_1", 1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aFullyConsumedReservationIsGoneSoConsumingAgainChangesNothing() {
        fixture.given(stocked(5), reserved("res_1", CART, 1), new ReservedStockConsumedEvent(VARIANT, "res_1", "ful_1", 1))
                .when(new ConsumeReservedStockCommand(VARIANT, "res_1", "ful_1", 1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aReservationConsumesNoMoreThanItHolds() {
        fixture.given(stocked(5), reserved("res_1", CART, 1))
                .when(new ConsumeReservedStockCommand(VARIANT, "res_1", "ful_1", 3))
                .expectEvents(new ReservedStockConsumedEvent(VARIANT, "res_1", "ful_1", 1));
    }

    @Test
    void consumingOnAVariantWithoutAnItemChangesNothingAndSucceeds() {
        fixture.givenNoPriorActivity()
                .when(new ConsumeReservedStockCommand(VARIANT, "res_1", "ful_1", 1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theCatalogRestatingItsFigureDoesNotBringConsumedUnitsBack() {
        fixture.given(stocked(5), reserved("res_1", CART, 2), new ReservedStockConsumedEvent(VARIANT, "res_1", "ful_1", 2))
                .when(new SetStockedQuantityCommand(VARIANT, 5))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aNewCatalogFigureIsWhatIsOnTheShelf() {
        fixture.given(stocked(5), reserved("res_1", CART, 2), new ReservedStockConsumedEvent(VARIANT, "res_1", "ful_1", 2))
                .when(new SetStockedQuantityCommand(VARIANT, 9))
                .expectEvents(stocked(9));
    }

    // Returns

    @Test
    void returnedUnitsAreStockedAgainAndCanBeReservedOnceMore() {
        fixture.given(stocked(2), reserved("res_1", CART, 2),
                        new ReservedStockConsumedEvent(VARIANT, "res_1", "ful_1", 2))
                .when(new ReturnStockCommand(VARIANT, "ret_1", 1))
                .expectEvents(new StockReturnedEvent(VARIANT, "ret_1", 1));
        fixture.given(stocked(2), reserved("res_1", CART, 2),
                        new ReservedStockConsumedEvent(VARIANT, "res_1", "ful_1", 2),
                        new StockReturnedEvent(VARIANT, "ret_1", 1))
                .when(reserve("res_2", OTHER_CART, 1))
                .expectEvents(reserved("res_2", OTHER_CART, 1));
    }

    @Test
    void aReturnIsStockedOnce() {
        fixture.given(stocked(2), new StockReturnedEvent(VARIANT, "ret_1", 1))
                .when(new ReturnStockCommand(VARIANT, "ret_1", 1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aReturnOfAVariantWhoseStockIsNotManagedStoresNothing() {
        fixture.givenNoPriorActivity()
                .when(new ReturnStockCommand(VARIANT, "ret_1", 1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
