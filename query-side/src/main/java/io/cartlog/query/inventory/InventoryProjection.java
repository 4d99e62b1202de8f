package io.cartlog.query.inventory;

import io.cartlog.events.inventory.InventoryStockedQuantitySetEvent;
import io.cartlog.events.inventory.ReservedStockConsumedEvent;
import io.cartlog.events.inventory.StockReservationReleasedEvent;
import io.cartlog.events.inventory.StockReservedEvent;
import io.cartlog.events.inventory.StockReturnedEvent;
import io.cartlog.platform.projection.ReadModel;
import io.cartlog.query.common.CatalogStamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps each inventory item's stocked and reserved units. Every row carries the item's version,
 * and an event whose sequence number is not newer is skipped, so replays are harmless. Storefront
 * product responses show availability from here, so each change raises the catalog stamp.
 */
@Component
@ProcessingGroup(InventoryProjection.GROUP)
@ReadModel(tables = "inventory_view")
class InventoryProjection {

    static final String GROUP = "inventory-view";

    private final InventoryRepository inventory;
    private final CatalogStamp stamp;

    InventoryProjection(InventoryRepository inventory, CatalogStamp stamp) {
        this.inventory = inventory;
        this.stamp = stamp;
    }

    @EventHandler
    void on(InventoryStockedQuantitySetEvent event, @SequenceNumber long version) {
        changed(inventory.setStocked(event.variantId(), event.stockedQuantity(), version));
    }

    @EventHandler
    void on(StockReservedEvent event, @SequenceNumber long version) {
        changed(inventory.addReserved(event.variantId(), event.quantity(), version));
    }

    @EventHandler
    void on(StockReservationReleasedEvent event, @SequenceNumber long version) {
        changed(inventory.addReserved(event.variantId(), -event.quantity(), version));
    }

    /** Consumed units leave both figures, so what is available does not change. */
    @EventHandler
    void on(ReservedStockConsumedEvent event, @SequenceNumber long version) {
        changed(inventory.consume(event.variantId(), event.quantity(), version));
    }

    @EventHandler
    void on(StockReturnedEvent event, @SequenceNumber long version) {
        changed(inventory.restock(event.variantId(), event.quantity(), version));
    }

    @ResetHandler
    void reset() {
        inventory.deleteAll();
        stamp.raise(GROUP);
    }

    private void changed(boolean applied) {
        if (applied) {
            stamp.raise(GROUP);
        }
    }
}
