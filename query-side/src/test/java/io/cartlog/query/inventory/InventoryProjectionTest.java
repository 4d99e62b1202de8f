package io.cartlog.query.inventory;

import io.cartlog.events.inventory.InventoryStockedQuantitySetEvent;
import io.cartlog.events.inventory.ReservedStockConsumedEvent;
import io.cartlog.events.inventory.StockReservationReleasedEvent;
import io.cartlog.events.inventory.StockReservedEvent;
import io.cartlog.query.common.CatalogStamp;
import io.cartlog.query.common.ReadModelDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryProjectionTest {

    private static final String SHIRT = "variant_01JSHIRT";
    private static final String MUG = "variant_01JMUG";

    private final JdbcClient jdbc = ReadModelDatabase.migrated();
    private final CatalogStamp stamp = ReadModelDatabase.catalogStamp(jdbc);
    private final InventoryRepository repository = new InventoryRepository(jdbc);
    private final InventoryProjection projection = new InventoryProjection(repository, stamp);
    private final InventoryLookup lookup = new InventoryLookup(repository);

    @Test
    void availableIsStockedLessReserved() {
        projection.on(new InventoryStockedQuantitySetEvent(SHIRT, 5), 0);
        projection.on(new StockReservedEvent(SHIRT, "res_1", "cart_1", 2), 1);
        projection.on(new StockReservedEvent(SHIRT, "res_2", "cart_2", 1), 2);

        assertThat(lookup.available(SHIRT)).isEqualTo(OptionalLong.of(2));

        projection.on(new StockReservationReleasedEvent(SHIRT, "res_1", 2), 3);

        assertThat(lookup.available(SHIRT)).isEqualTo(OptionalLong.of(4));
    }

    @Test
    void consumedUnitsLeaveStockAndReservationsOnceSoAvailableStaysTheSame() {
        projection.on(new InventoryStockedQuantitySetEvent(SHIRT, 5), 0);
        projection.on(new StockReservedEvent(SHIRT, "res_1", "cart_1", 2), 1);
        projection.on(new ReservedStockConsumedEvent(SHIRT, "res_1", "ful_1", 2), 2);
        projection.on(new ReservedStockConsumedEvent(SHIRT, "res_1", "ful_1", 2), 2);

        assertThat(lookup.available(SHIRT)).isEqualTo(OptionalLong.of(3));
        assertThat(jdbc.sql("SELECT stocked_quantity FROM inventory_view WHERE variant_id = ?").param(SHIRT)
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aNewStockFigureKeepsTheReservations() {
        projection.on(new InventoryStockedQuantitySetEvent(SHIRT, 5), 0);
        projection.on(new StockReservedEvent(SHIRT, "res_1", "cart_1", 2), 1);
        projection.on(new InventoryStockedQuantitySetEvent(SHIRT, 10), 2);

        assertThat(lookup.available(SHIRT)).isEqualTo(OptionalLong.of(8));
    }

    @Test
    void availableIsNeverNegativeWhenStockSinksBelowWhatIsReserved() {
        projection.on(new InventoryStockedQuantitySetEvent(SHIRT, 5), 0);
        projection.on(new StockReservedEvent(SHIRT, "res_1", "cart_1", 4), 1);
        projection.on(new InventoryStockedQuantitySetEvent(SHIRT, 1), 2);

        assertThat(lookup.available(SHIRT)).isEqualTo(OptionalLong.of(0));
    }

    @Test
    void eventsAlreadyAppliedAreSkippedWhenDeliveredAgain() {
        projection.on(new InventoryStockedQuantitySetEvent(SHIRT, 5), 0);
        projection.on(new StockReservedEvent(SHIRT, "res_1", "cart_1", 2), 1);
        projection.on(new StockReservationReleasedEvent(SHIRT, "res_1", 2), 2);
        long stampBefore = stamp.current();

        projection.on(new InventoryStockedQuantitySetEvent(SHIRT, 5), 0);
        projection.on(new StockReservedEvent(SHIRT, "res_1", "cart_1", 2), 1);
        projection.on(new StockReservationReleasedEvent(SHIRT, "res_1", 2), 2);

        assertThat(lookup.available(SHIRT)).isEqualTo(OptionalLong.of(5));
        assertThat(stamp.current()).as("nothing changed, so cached storefront responses stay").isEqualTo(stampBefore);
    }

    @Test
    void everyChangeMovesTheCatalogStampOn() {
        long before = stamp.current();

        projection.on(new InventoryStockedQuantitySetEvent(SHIRT, 1), 0);
        projection.on(new StockReservedEvent(SHIRT, "res_1", "cart_1", 1), 1);

        assertThat(stamp.current()).isEqualTo(before + 2);
    }

    @Test
    void variantsWithoutAnItemAreLeftOut() {
        projection.on(new InventoryStockedQuantitySetEvent(SHIRT, 3), 0);

        assertThat(lookup.available(List.of(SHIRT, MUG))).isEqualTo(Map.of(SHIRT, 3L));
        assertThat(lookup.available(MUG)).isEmpty();
    }

    @Test
    void resetForgetsEveryItem() {
        projection.on(new InventoryStockedQuantitySetEvent(SHIRT, 3), 0);

        projection.reset();

        assertThat(lookup.available(SHIRT)).isEmpty();
        projection.on(new InventoryStockedQuantitySetEvent(SHIRT, 3), 0);
        assertThat(lookup.available(SHIRT)).isEqualTo(OptionalLong.of(3));
    }
}
