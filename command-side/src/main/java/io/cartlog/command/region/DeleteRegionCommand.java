package io.cartlog.command.region;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record DeleteRegionCommand(
        @TargetAggregateIdentifier String regionId,
        @TargetAggregateVersion Long expectedVersion) {
}
