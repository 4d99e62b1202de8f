package io.cartlog.command.saleschannel;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.Map;

/** Attributes left null keep their current value. */
public record UpdateSalesChannelCommand(
        @TargetAggregateIdentifier String salesChannelId,
        @TargetAggregateVersion Long expectedVersion,
        String name,
        String description,
        Boolean isDisabled,
        Map<String, Object> metadata) {
}
