package io.cartlog.command.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A shipped fulfillment reached the customer; answers the order's version. */
public record MarkFulfillmentDeliveredCommand(@TargetAggregateIdentifier String orderId,
                                              @TargetAggregateVersion Long expectedVersion, String fulfillmentId) {
}
