package io.cartlog.command.region;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

public record CreateRegionCommand(
        @TargetAggregateIdentifier String regionId,
        String name,
        String currencyCode,
        List<String> countries,
        BigDecimal taxRate,
        boolean automaticTaxes,
        Map<String, Object> metadata) {
}
