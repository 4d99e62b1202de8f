package io.cartlog.events.apikey;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

@PublicEvent("api_key.updated")
@Revision("1")
public record ApiKeyUpdatedEvent(String apiKeyId, String title) {
}
