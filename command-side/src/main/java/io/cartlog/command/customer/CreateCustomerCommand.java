package io.cartlog.command.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Map;

/**
 * A new customer. With {@code authIdentityId} they have an account: their email is claimed as
 * one account's and the identity they registered with is linked to them, both in the event's
 * transaction. Without it they are a guest.
 */
public record CreateCustomerCommand(@TargetAggregateIdentifier String customerId, String email, String firstName,
                                    String lastName, String phone, String companyName, Map<String, Object> metadata,
                                    String authIdentityId) {
}
