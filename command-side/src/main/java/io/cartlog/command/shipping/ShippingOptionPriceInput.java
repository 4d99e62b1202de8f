package io.cartlog.command.shipping;

import java.math.BigDecimal;

/**
 * One entry of {@code prices} as a client sends it: an amount in minor units with either a
 * {@code currency_code} or a {@code region_id}. The amount stays a decimal until the aggregate
 * checks it is whole, so {@code 10.5} is refused instead of truncated.
 */
public record ShippingOptionPriceInput(String currencyCode, String regionId, BigDecimal amount) {
}
