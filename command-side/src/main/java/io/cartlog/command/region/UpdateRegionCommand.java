package io.cartlog.command.region;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Attributes left null keep their current value. */
public record UpdateRegionCommand(
        @TargetAggregateIdentifier String regionId,
        @TargetAggregateVersion Long expectedVersion,
        String name,
        String currencyCode,
        List<String> countries,
        BigDecimal taxRate,
        Boolean automaticTaxes,
        Map<String, Object> metadata) {
}
