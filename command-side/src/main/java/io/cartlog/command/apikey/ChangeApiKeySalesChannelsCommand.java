package io.cartlog.command.apikey;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;

/** Links sales channels to a publishable key and unlinks others; null lists change nothing. */
public record ChangeApiKeySalesChannelsCommand(
        @TargetAggregateIdentifier String apiKeyId,
        @TargetAggregateVersion Long expectedVersion,
        List<String> add,
        List<String> remove) {
}
