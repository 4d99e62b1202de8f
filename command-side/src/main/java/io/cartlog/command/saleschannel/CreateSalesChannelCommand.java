package io.cartlog.command.saleschannel;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Map;

public record CreateSalesChannelCommand(
        @TargetAggregateIdentifier String salesChannelId,
        String name,
        String description,
        boolean isDisabled,
        Map<String, Object> metadata) {
}
