package io.cartlog.events.apikey;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/**
 * An API key was issued. A publishable key's ({@code pk_…}) token is public by design
 * (storefronts ship it to browsers), so it lives in {@code token}. A secret key's clear token
 * never reaches the event store, which is kept forever and read by auditors: its event has no
 * {@code token}, only the SHA-256 of it ({@code tokenSha256}, lower-case hex).
 *
 * @param type     {@code publishable} or {@code secret}
 * @param redacted the token as the admin shows it, such as {@code sk_1a2***f9e}
 */
@PublicEvent("api_key.created")
@Revision("1")
public record ApiKeyCreatedEvent(
        String apiKeyId,
        String token,
        String title,
        String type,
        String tokenSha256,
        String redacted) {
}
