package io.cartlog.command.order;

import io.cartlog.events.order.OrderFulfillmentShippedEvent.Label;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;

/** Ships a whole fulfillment, with the carrier's labels (none is fine); answers the order's version. */
public record CreateShipmentCommand(@TargetAggregateIdentifier String orderId,
                                    @TargetAggregateVersion Long expectedVersion, String fulfillmentId,
                                    List<Label> labels) {
}
