package io.cartlog.command.order;

import io.cartlog.events.returns.ReturnRequestedEvent;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Requests the return {@code returnId} of fulfilled {@code items}; the same id again changes
 * nothing. {@code shipping} is the return shipping option as the caller found it for the order's
 * region, or null. Answers the order's version.
 */
public record RequestReturnCommand(@TargetAggregateIdentifier String orderId, String returnId, List<Item> items,
                                   ReturnRequestedEvent.Shipping shipping, String note) {

    /** @param id the order's item ({@code ordli_…}) */
    public record Item(String id, Long quantity, String reasonId, String note) implements ItemQuantity {
    }
}
