package io.cartlog.events.shipping;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.Map;

/** Carries the shipping option's attributes as they are after the update. */
@PublicEvent("shipping_option.updated")
@Revision("1")
public record ShippingOptionUpdatedEvent(
        String shippingOptionId,
        String name,
        String regionId,
        String priceType,
        List<ShippingOptionPrice> prices,
        ShippingOptionType type,
        String providerId,
        Map<String, Object> data,
        Map<String, Object> metadata) {
}
