package io.cartlog.events.returnreason;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.Map;

/** The reason as it is after the change, every attribute included. */
@PublicEvent("return_reason.updated")
@Revision("1")
public record ReturnReasonUpdatedEvent(
        String returnReasonId,
        String value,
        String label,
        String description,
        Map<String, Object> metadata) {
}
