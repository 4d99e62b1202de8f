package io.cartlog.events.product;

/**
 * A variant's price in one currency, in the currency's minor unit; with a region id it applies
 * to that region only and wins over the plain currency price there.
 */
public record VariantPrice(String id, String currencyCode, long amount, String regionId) {
}
