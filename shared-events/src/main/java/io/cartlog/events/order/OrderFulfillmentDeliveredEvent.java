package io.cartlog.events.order;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/** A shipped fulfillment reached the customer. */
@PublicEvent("order.fulfillment_delivered")
@Revision("1")
public record OrderFulfillmentDeliveredEvent(String orderId, String fulfillmentId) {
}
