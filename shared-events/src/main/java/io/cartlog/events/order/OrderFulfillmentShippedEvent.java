package io.cartlog.events.order;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.List;

/** A fulfillment handed to its carrier, with the carrier's labels (possibly none). */
@PublicEvent("order.fulfillment_shipped")
@Revision("1")
public record OrderFulfillmentShippedEvent(String orderId, String fulfillmentId, List<Label> labels) {

    public record Label(String trackingNumber, String trackingUrl, String labelUrl) {
    }
}
