package io.cartlog.events.shipping;

/** What kind of delivery an option is ({@code standard}, {@code express}), as shoppers see it. */
public record ShippingOptionType(String label, String code, String description) {
}
