package io.cartlog.command.returnreason;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record DeleteReturnReasonCommand(
        @TargetAggregateIdentifier String returnReasonId,
        @TargetAggregateVersion Long expectedVersion) {
}
