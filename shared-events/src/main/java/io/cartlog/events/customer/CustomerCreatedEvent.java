package io.cartlog.events.customer;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.Map;

/**
 * A customer: with an account (they registered with a password, kept apart from events) or a
 * guest known by email only, who can register later.
 */
@PublicEvent("customer.created")
@Revision("1")
public record CustomerCreatedEvent(
        String customerId,
        String email,
        String firstName,
        String lastName,
        String phone,
        String companyName,
        Map<String, Object> metadata,
        boolean hasAccount) {
}
