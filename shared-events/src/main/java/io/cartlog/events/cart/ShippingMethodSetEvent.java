package io.cartlog.events.cart;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.Map;

/** A shipping method chosen from an option, at the option's amount in the cart's region (minor units). */
@PublicEvent("cart.shipping_method_set")
@Revision("1")
public record ShippingMethodSetEvent(
        String cartId,
        String shippingMethodId,
        String shippingOptionId,
        String name,
        long amount,
        Map<String, Object> data) {
}
