package io.cartlog.command.promotion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record DeletePromotionCommand(
        @TargetAggregateIdentifier String promotionId,
        @TargetAggregateVersion Long expectedVersion) {
}
