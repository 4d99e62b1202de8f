package io.cartlog.events.region;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

@PublicEvent("region.created")
@Revision("1")
public record RegionCreatedEvent(
        String regionId,
        String name,
        String currencyCode,
        List<String> countries,
        BigDecimal taxRate,
        boolean automaticTaxes,
        Map<String, Object> metadata) {
}
