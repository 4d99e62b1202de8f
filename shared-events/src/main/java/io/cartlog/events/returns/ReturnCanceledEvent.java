package io.cartlog.events.returns;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/** A requested return that will not come: its items can be returned again. */
@PublicEvent("return.canceled")
@Revision("1")
public record ReturnCanceledEvent(String orderId, String returnId) {
}
