package io.cartlog.events.cart;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

@PublicEvent("cart.promotion_removed")
@Revision("1")
public record PromotionRemovedEvent(String cartId, String promotionId, String code) {
}
