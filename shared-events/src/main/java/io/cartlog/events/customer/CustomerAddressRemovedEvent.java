package io.cartlog.events.customer;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

@PublicEvent("customer.address_removed")
@Revision("1")
public record CustomerAddressRemovedEvent(String customerId, String addressId) {
}
