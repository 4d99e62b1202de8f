package io.cartlog.events.customer;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/** A guest customer registered: they now have an account under their email. */
@PublicEvent("customer.registered")
@Revision("1")
public record CustomerRegisteredEvent(String customerId) {
}
