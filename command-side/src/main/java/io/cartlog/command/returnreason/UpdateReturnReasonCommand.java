package io.cartlog.command.returnreason;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.Map;

/** Attributes left null keep their current value. */
public record UpdateReturnReasonCommand(
        @TargetAggregateIdentifier String returnReasonId,
        @TargetAggregateVersion Long expectedVersion,
        String value,
        String label,
        String description,
        Map<String, Object> metadata) {
}
