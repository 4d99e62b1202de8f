package io.cartlog.events.shipping;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

@PublicEvent("shipping_option.deleted")
@Revision("1")
public record ShippingOptionDeletedEvent(String shippingOptionId) {
}
