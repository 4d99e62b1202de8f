package io.cartlog.events.customer;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/** An address added to the address book; a default one takes the default from the others. */
@PublicEvent("customer.address_added")
@Revision("1")
public record CustomerAddressAddedEvent(String customerId, CustomerAddress address) {
}
