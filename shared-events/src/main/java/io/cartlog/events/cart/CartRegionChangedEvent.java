package io.cartlog.events.cart;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The cart moved to another region: every line re-priced in the new region's currency.
 * Shipping methods that do not apply there are removed by {@link ShippingMethodRemovedEvent}s
 * applied just before this event.
 * <p>
 * Revision 2 added the region's {@code countries}; {@link CartEventUpcasters} reads revision 1
 * with none.
 */
@PublicEvent("cart.region_changed")
@Revision("2")
public record CartRegionChangedEvent(String cartId, CartRegion region, List<RepricedLine> lines) {

    public record RepricedLine(String lineItemId, long unitPrice) {
    }
}
