package io.cartlog.events.apikey;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

@PublicEvent("api_key.deleted")
@Revision("1")
public record ApiKeyDeletedEvent(String apiKeyId) {
}
