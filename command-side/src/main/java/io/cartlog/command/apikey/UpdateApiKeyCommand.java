package io.cartlog.command.apikey;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record UpdateApiKeyCommand(
        @TargetAggregateIdentifier String apiKeyId,
        @TargetAggregateVersion Long expectedVersion,
        String title) {
}
