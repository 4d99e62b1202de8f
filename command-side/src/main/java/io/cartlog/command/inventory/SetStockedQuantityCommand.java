package io.cartlog.command.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The units of the variant on hand (zero or more); creates the variant's inventory item when it
 * has none, and changes nothing when the figure is already the item's. Sent by
 * {@link InventorySync} whenever the catalog states an inventory-managed variant's quantity.
 */
public record SetStockedQuantityCommand(@TargetAggregateIdentifier String variantId, long stockedQuantity) {
}
