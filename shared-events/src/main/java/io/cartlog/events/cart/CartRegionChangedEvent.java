package io.cartlog.events.cart;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The cart moved to another region: every line re-priced in the new region's currency.
 * Shipping methods that do not apply there are removed by {@link ShippingMethodRemovedEvent}s
 * applied just before this event.
 */
@PublicEvent("cart.region_changed")
@Revision("1")
public record CartRegionChangedEvent(String cartId, CartRegion region, List<RepricedLine> lines) {

    public record RepricedLine(String lineItemId, long unitPrice) {
    }
}
