package io.cartlog.events.cart;

import java.math.BigDecimal;

/**
 * The region a cart is priced in, as it was when the cart moved there: the cart view shows it and
 * taxes lines at {@code taxRate} (a percentage, 19 for 19 %), so the query side needs no lookup.
 */
public record CartRegion(String regionId, String name, String currencyCode, BigDecimal taxRate, boolean automaticTaxes) {
}
