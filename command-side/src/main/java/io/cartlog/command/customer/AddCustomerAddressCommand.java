package io.cartlog.command.customer;

import io.cartlog.events.customer.CustomerAddress;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds {@code address} (its id chosen by the caller) to the address book; answers the version. */
public record AddCustomerAddressCommand(@TargetAggregateIdentifier String customerId, CustomerAddress address) {
}
