package io.cartlog.query.cart;

import io.cartlog.events.cart.CartCompletedEvent;
import io.cartlog.events.cart.CartCompletionFailedEvent;
import io.cartlog.events.cart.CartCompletionStartedEvent;
import io.cartlog.events.cart.CartCreatedEvent;
import io.cartlog.events.cart.CartDetailsUpdatedEvent;
import io.cartlog.events.cart.CartRegionChangedEvent;
import io.cartlog.events.cart.CartSalesChannelChangedEvent;
import io.cartlog.events.cart.LineItemAddedEvent;
import io.cartlog.events.cart.LineItemQuantityChangedEvent;
import io.cartlog.events.cart.LineItemRemovedEvent;
import io.cartlog.events.cart.PromotionAppliedEvent;
import io.cartlog.events.cart.PromotionRemovedEvent;
import io.cartlog.events.cart.ShippingMethodRemovedEvent;
import io.cartlog.events.cart.ShippingMethodSetEvent;

import java.time.Instant;

/**
 * What each cart event does to a cart's document, in one place: the cart view applies it to its
 * rows as events arrive, time travel folds a cart's history with it.
 */
final class CartHistory {

    private CartHistory() {
    }

    /** The cart after {@code event}; {@code cart} is null before its creation. */
    static CartDocument apply(CartDocument cart, Object event, Instant at) {
        if (event instanceof CartCreatedEvent e) {
            return CartDocument.created(e, at);
        } else if (event instanceof LineItemAddedEvent e) {
            return cart.withItem(e.item(), at);
        } else if (event instanceof LineItemQuantityChangedEvent e) {
            return cart.withQuantity(e.lineItemId(), e.quantity(), e.metadata(), at);
        } else if (event instanceof LineItemRemovedEvent e) {
            return cart.withoutItem(e.lineItemId(), at);
        } else if (event instanceof CartDetailsUpdatedEvent e) {
            return cart.withDetails(e, at);
        } else if (event instanceof CartRegionChangedEvent e) {
            return cart.inRegion(e, at);
        } else if (event instanceof CartSalesChannelChangedEvent e) {
            return cart.inSalesChannel(e.salesChannelId(), at);
        } else if (event instanceof ShippingMethodSetEvent e) {
            return cart.withShippingMethod(e, at);
        } else if (event instanceof ShippingMethodRemovedEvent e) {
            return cart.withoutShippingMethod(e.shippingMethodId(), at);
        } else if (event instanceof PromotionAppliedEvent e) {
            return cart.withPromotion(e.promotion(), at);
        } else if (event instanceof PromotionRemovedEvent e) {
            return cart.withoutPromotion(e.promotionId(), at);
        } else if (event instanceof CartCompletionStartedEvent || event instanceof CartCompletionFailedEvent) {
            return cart.touched(at);
        } else if (event instanceof CartCompletedEvent) {
            return cart.completed(at);
        }
        return cart;
    }
}
