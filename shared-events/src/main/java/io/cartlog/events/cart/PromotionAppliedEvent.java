package io.cartlog.events.cart;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

@PublicEvent("cart.promotion_applied")
@Revision("1")
public record PromotionAppliedEvent(String cartId, CartPromotion promotion) {
}
