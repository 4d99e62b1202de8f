package io.cartlog.events.apikey;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

@PublicEvent("api_key.revoked")
@Revision("1")
public record ApiKeyRevokedEvent(String apiKeyId) {
}
