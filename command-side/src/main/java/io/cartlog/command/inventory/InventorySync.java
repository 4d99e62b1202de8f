package io.cartlog.command.inventory;

import io.cartlog.events.product.ProductCreatedEvent;
import io.cartlog.events.product.ProductVariant;
import io.cartlog.events.product.ProductVariantAddedEvent;
import io.cartlog.events.product.ProductVariantUpdatedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Carries the catalog's stock figures to the inventory items: whenever a product event states an
 * inventory-managed variant's {@code inventory_quantity}, its item's stocked quantity is set to
 * it (the item is created on the first one). Variants whose inventory is not managed get no item.
 * <p>
 * Idempotent: setting the figure an item already has changes nothing, so an event delivered
 * again (a dead letter retried, a token claimed by another node) is harmless; the commands join
 * this processor's transaction, so an item is never set without the token moving past the event.
 * Not replayed on a reset: replaying old figures would set stock back in time until the replay
 * caught up, and reservations made meanwhile would be checked against them. A processor starting
 * without a token catches up from the first event, which creates the items of an existing
 * catalog.
 */
@Component
@ProcessingGroup(InventorySync.GROUP)
@DisallowReplay
class InventorySync {

    static final String GROUP = "inventory-sync";

    private final CommandGateway commands;

    InventorySync(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(ProductCreatedEvent event) {
        event.variants().forEach(this::stock);
    }

    @EventHandler
    void on(ProductVariantAddedEvent event) {
        stock(event.variant());
    }

    @EventHandler
    void on(ProductVariantUpdatedEvent event) {
        stock(event.variant());
    }

    private void stock(ProductVariant variant) {
        if (variant.manageInventory()) {
            commands.sendAndWait(new SetStockedQuantityCommand(variant.id(), variant.inventoryQuantity()));
        }
    }
}
