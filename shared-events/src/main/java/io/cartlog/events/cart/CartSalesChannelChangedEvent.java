package io.cartlog.events.cart;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/** The cart moved to another sales channel, one the storefront's publishable key opens. */
@PublicEvent("cart.sales_channel_changed")
@Revision("1")
public record CartSalesChannelChangedEvent(String cartId, String salesChannelId) {
}
