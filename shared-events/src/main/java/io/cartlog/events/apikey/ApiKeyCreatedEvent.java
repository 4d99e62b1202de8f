package io.cartlog.events.apikey;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/**
 * A publishable key ({@code pk_…}). Its token is public by design (storefronts ship it to
 * browsers), so it may live in the event.
 */
@PublicEvent("api_key.created")
@Revision("1")
public record ApiKeyCreatedEvent(String apiKeyId, String token, String title, String type) {
}
