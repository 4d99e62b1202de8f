package io.cartlog.events.cart;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.Map;

/**
 * A new cart; the items it was created with follow as {@link LineItemAddedEvent}s. {@code context}
 * is what the storefront sent as the cart's context (Medusa v1's {@code context}), kept as given.
 * <p>
 * Revision 2 added the region's {@code countries} and {@code context}; {@link CartEventUpcasters}
 * reads revision 1 with no countries and no context.
 */
@PublicEvent("cart.created")
@Revision("2")
public record CartCreatedEvent(
        String cartId,
        CartRegion region,
        String salesChannelId,
        String email,
        String customerId,
        CartAddress shippingAddress,
        CartAddress billingAddress,
        Map<String, Object> metadata,
        Map<String, Object> context) {

    /** A cart created without a context. */
    public CartCreatedEvent(String cartId, CartRegion region, String salesChannelId, String email, String customerId,
                            CartAddress shippingAddress, CartAddress billingAddress, Map<String, Object> metadata) {
        this(cartId, region, salesChannelId, email, customerId, shippingAddress, billingAddress, metadata, null);
    }
}
