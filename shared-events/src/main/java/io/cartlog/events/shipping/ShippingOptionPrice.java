package io.cartlog.events.shipping;

/**
 * A flat price of a shipping option in minor units, either in a currency or in a region
 * (then in that region's currency), as Medusa's admin API takes it. Exactly one of
 * {@code currencyCode} and {@code regionId} is set: the command side cannot look a region's
 * currency up, so a region price is kept as given and read models resolve its currency.
 */
public record ShippingOptionPrice(String currencyCode, String regionId, long amount) {
}
