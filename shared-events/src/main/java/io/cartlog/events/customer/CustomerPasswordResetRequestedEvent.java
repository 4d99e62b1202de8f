package io.cartlog.events.customer;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The customer asked to reset their password. History is kept forever and read by auditors, so
 * the reset token is here only as its SHA-256; the clear token went out once, through the
 * notification port.
 */
@PublicEvent("customer.password_reset_requested")
@Revision("1")
public record CustomerPasswordResetRequestedEvent(String customerId, String tokenSha256, Instant expiresAt) {
}
