package io.cartlog.command.product;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A price as a client sends it: amount in minor units; a regional price names its region in
 * {@code region_id} or, as Medusa's admin client does, in {@code rules.region_id}.
 */
public record PriceDraft(String id, String currencyCode, BigDecimal amount, String regionId, Map<String, String> rules) {

    String requestedRegionId() {
        return rules == null || rules.get("region_id") == null ? regionId : rules.get("region_id");
    }

    boolean regionConflicts() {
        return regionId != null && rules != null && rules.get("region_id") != null
                && !regionId.equals(rules.get("region_id"));
    }
}
