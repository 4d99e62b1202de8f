package io.cartlog.events.order;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/** An order canceled before anything of it was fulfilled; its stock and payment were given back with it. */
@PublicEvent("order.canceled")
@Revision("1")
public record OrderCanceledEvent(String orderId) {
}
