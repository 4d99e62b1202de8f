package io.cartlog.command.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes an address of the book; answers the version. */
public record RemoveCustomerAddressCommand(@TargetAggregateIdentifier String customerId, String addressId) {
}
