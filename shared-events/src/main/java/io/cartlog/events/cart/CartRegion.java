package io.cartlog.events.cart;

import java.math.BigDecimal;
import java.util.List;

/**
 * The region a cart is priced in, as it was when the cart moved there: the cart view shows it and
 * taxes lines at {@code taxRate} (a percentage, 19 for 19 %), so the query side needs no lookup.
 * {@code countries} are the region's ISO 3166-1 alpha-2 codes, lower case, in the region's order
 * (empty for carts created before revision 2 of the events that carry a region).
 */
public record CartRegion(String regionId, String name, String currencyCode, BigDecimal taxRate, boolean automaticTaxes,
                         List<String> countries) {

    /** A region without countries. */
    public CartRegion(String regionId, String name, String currencyCode, BigDecimal taxRate, boolean automaticTaxes) {
        this(regionId, name, currencyCode, taxRate, automaticTaxes, List.of());
    }

    public boolean hasCountry(String iso2) {
        return countries != null && iso2 != null && countries.stream().anyMatch(iso2::equalsIgnoreCase);
    }
}
