package io.cartlog.events.order;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/** An order whose every item is fulfilled, closed by the merchant. */
@PublicEvent("order.completed")
@Revision("1")
public record OrderCompletedEvent(String orderId) {
}
