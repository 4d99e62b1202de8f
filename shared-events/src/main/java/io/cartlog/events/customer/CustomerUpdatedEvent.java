package io.cartlog.events.customer;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.Map;

/** The customer's profile as it is after the change. */
@PublicEvent("customer.updated")
@Revision("1")
public record CustomerUpdatedEvent(
        String customerId,
        String email,
        String firstName,
        String lastName,
        String phone,
        String companyName,
        Map<String, Object> metadata) {
}
