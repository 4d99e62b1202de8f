package io.cartlog.command.saleschannel;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record DeleteSalesChannelCommand(
        @TargetAggregateIdentifier String salesChannelId,
        @TargetAggregateVersion Long expectedVersion) {
}
