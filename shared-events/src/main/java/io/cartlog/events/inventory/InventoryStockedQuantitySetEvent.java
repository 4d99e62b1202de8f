package io.cartlog.events.inventory;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/**
 * The units of a variant on hand, as the catalog last said; the first one creates the variant's
 * inventory item. Reservations are not subtracted: available is stocked minus reserved.
 */
@PublicEvent("inventory.stocked_quantity_set")
@Revision("1")
public record InventoryStockedQuantitySetEvent(String variantId, long stockedQuantity) {
}
