package io.cartlog.events.promotion;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/** The promotion is gone; its code may be given to a new promotion. */
@PublicEvent("promotion.deleted")
@Revision("1")
public record PromotionDeletedEvent(String promotionId) {
}
