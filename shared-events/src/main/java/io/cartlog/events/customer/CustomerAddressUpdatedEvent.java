package io.cartlog.events.customer;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/** An address as it is after the change; a default one takes the default from the others. */
@PublicEvent("customer.address_updated")
@Revision("1")
public record CustomerAddressUpdatedEvent(String customerId, CustomerAddress address) {
}
