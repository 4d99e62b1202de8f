package io.cartlog.command.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Packs {@code items} (order item ids and quantities, at most what is left to fulfil) as the
 * fulfillment {@code fulfillmentId}; their reserved stock is consumed in the same transaction
 * ({@link OrderFulfillment}). The same id again changes nothing. Answers the order's version.
 */
public record CreateFulfillmentCommand(@TargetAggregateIdentifier String orderId, Long expectedVersion,
                                       String fulfillmentId, List<Item> items) {

    public record Item(String id, Long quantity) implements ItemQuantity {
    }
}
