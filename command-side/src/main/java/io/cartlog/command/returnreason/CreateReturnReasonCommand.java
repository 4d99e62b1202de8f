package io.cartlog.command.returnreason;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Map;

public record CreateReturnReasonCommand(
        @TargetAggregateIdentifier String returnReasonId,
        String value,
        String label,
        String description,
        Map<String, Object> metadata) {
}
