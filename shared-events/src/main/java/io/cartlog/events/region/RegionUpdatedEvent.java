package io.cartlog.events.region;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Carries the region's attributes as they are after the update. */
@PublicEvent("region.updated")
@Revision("1")
public record RegionUpdatedEvent(
        String regionId,
        String name,
        String currencyCode,
        List<String> countries,
        BigDecimal taxRate,
        boolean automaticTaxes,
        Map<String, Object> metadata) {
}
