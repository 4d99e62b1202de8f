package io.cartlog.events.returnreason;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.Map;

/** A reason shoppers can give for returning an item, such as {@code wrong_size}. */
@PublicEvent("return_reason.created")
@Revision("1")
public record ReturnReasonCreatedEvent(
        String returnReasonId,
        String value,
        String label,
        String description,
        Map<String, Object> metadata) {
}
