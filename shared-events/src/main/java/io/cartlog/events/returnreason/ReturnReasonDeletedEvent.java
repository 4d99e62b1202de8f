package io.cartlog.events.returnreason;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

@PublicEvent("return_reason.deleted")
@Revision("1")
public record ReturnReasonDeletedEvent(String returnReasonId) {
}
