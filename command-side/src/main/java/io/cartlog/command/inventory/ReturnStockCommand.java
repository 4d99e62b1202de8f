package io.cartlog.command.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stocks {@code quantity} returned units of a variant again, once per return. */
public record ReturnStockCommand(@TargetAggregateIdentifier String variantId, String returnId, long quantity) {
}
