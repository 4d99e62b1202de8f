package io.cartlog.command.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes an address of the book; absent fields keep their values. Answers the version. */
public record UpdateCustomerAddressCommand(@TargetAggregateIdentifier String customerId, String addressId,
                                           AddressInput changes) {
}
