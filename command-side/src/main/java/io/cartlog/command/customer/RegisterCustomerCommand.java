package io.cartlog.command.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A guest customer registers with the identity {@code authIdentityId}; answers the version. */
public record RegisterCustomerCommand(@TargetAggregateIdentifier String customerId, String authIdentityId) {
}
