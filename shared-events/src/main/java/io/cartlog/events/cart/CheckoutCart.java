package io.cartlog.events.cart;

import java.util.List;
import java.util.Set;

/**
 * The cart exactly as the shopper checks it out: what the order is placed from and the payment
 * is authorized for. Taken from the cart at the version the completion was started on.
 *
 * @param inventoryManagedVariantIds the variants whose stock is reserved for the order
 */
public record CheckoutCart(
        CartRegion region,
        String salesChannelId,
        String email,
        String customerId,
        CartAddress shippingAddress,
        CartAddress billingAddress,
        List<CartLineItem> items,
        ShippingMethod shippingMethod,
        List<CartPromotion> promotions,
        Set<String> inventoryManagedVariantIds) {

    public record ShippingMethod(String shippingMethodId, String shippingOptionId, String name, long amount) {
    }

    public CheckoutCart withInventoryManaged(Set<String> variantIds) {
        return new CheckoutCart(region, salesChannelId, email, customerId, shippingAddress, billingAddress, items,
                shippingMethod, promotions, variantIds);
    }

    /** The totals the payment is authorized for, computed as the cart computes them. */
    public CartTotals.Totals totals() {
        return CartTotals.of(region.taxRate(),
                items.stream().map(item -> new CartTotals.Line(item.unitPrice(), item.quantity())).toList(),
                shippingMethod == null ? List.of() : List.of(shippingMethod.amount()),
                promotions.stream().map(CartPromotion::discount).toList());
    }
}
