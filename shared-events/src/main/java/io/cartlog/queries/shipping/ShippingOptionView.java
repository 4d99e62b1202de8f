package io.cartlog.queries.shipping;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A shipping option shaped like Medusa v2's, amounts in minor units. Cartlog has no service
 * zones or shipping profiles: an option belongs to a region ({@code regionId}). {@code amount}
 * is its price in that region (a price set for the region, else the one in the region's
 * currency), null when neither exists.
 */
public record ShippingOptionView(
        String id,
        String name,
        String priceType,
        String regionId,
        String providerId,
        ProviderView provider,
        Map<String, Object> data,
        Map<String, Object> metadata,
        TypeView type,
        List<RuleView> rules,
        List<PriceView> prices,
        Long amount,
        boolean isTaxInclusive,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long version) {

    public record ProviderView(String id, boolean isEnabled) {
    }

    public record TypeView(String label, String code, String description) {
    }

    public record RuleView(String attribute, String value, String operator) {
    }

    /** {@code currencyCode} of a region price is the region's, null while that region is unknown. */
    public record PriceView(String currencyCode, long amount, int rulesCount, List<RuleView> priceRules) {
    }
}
