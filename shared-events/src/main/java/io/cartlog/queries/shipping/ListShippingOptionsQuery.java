package io.cartlog.queries.shipping;

/** The shipping options offered in a region, oldest first; answered with a {@code List<ShippingOptionView>}. */
public record ListShippingOptionsQuery(String regionId) {
}
