package io.cartlog.command.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Holds {@code quantity} units of the variant for a cart's checkout, under an id the caller
 * chooses. Refused with {@code 409 insufficient_inventory} when fewer units are available (also
 * when the variant has no inventory item, i.e. its stock is not managed); the same reservation id
 * again, while held, changes nothing and succeeds.
 */
public record ReserveStockCommand(
        @TargetAggregateIdentifier String variantId,
        String reservationId,
        String cartId,
        long quantity) {
}
