package io.cartlog.query.apikey;

import io.cartlog.events.apikey.ApiKeyCreatedEvent;
import io.cartlog.events.apikey.ApiKeyDeletedEvent;
import io.cartlog.events.apikey.ApiKeyRevokedEvent;
import io.cartlog.events.apikey.ApiKeySalesChannelsChangedEvent;
import io.cartlog.events.apikey.ApiKeyUpdatedEvent;
import io.cartlog.queries.apikey.ApiKeyView;
import io.cartlog.queries.apikey.FindApiKeyQuery;
import io.cartlog.platform.projection.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** The admin's view of API keys; the {@code /store/*} filter has its own table, kept by the platform. */
@Component
@ProcessingGroup(ApiKeyProjection.GROUP)
@ReadModel(tables = {"api_key_view", "api_key_view_sales_channel"})
class ApiKeyProjection {

    static final String GROUP = "api-key-view";

    private final ApiKeyRepository keys;

    ApiKeyProjection(ApiKeyRepository keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(ApiKeyCreatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        keys.insert(event.apiKeyId(), event.token(), event.redacted(), event.title(), event.type(), version, at);
    }

    @EventHandler
    void on(ApiKeyUpdatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        keys.updateTitle(event.apiKeyId(), event.title(), version, at);
    }

    @EventHandler
    void on(ApiKeyRevokedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        keys.markRevoked(event.apiKeyId(), version, at);
    }

    @EventHandler
    void on(ApiKeySalesChannelsChangedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        if (keys.advance(event.apiKeyId(), version, at)) {
            keys.replaceSalesChannels(event.apiKeyId(), event.salesChannelIds());
        }
    }

    @EventHandler
    void on(ApiKeyDeletedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        keys.markDeleted(event.apiKeyId(), version, at);
    }

    @ResetHandler
    void reset() {
        keys.deleteAll();
    }

    @QueryHandler
    Optional<ApiKeyView> handle(FindApiKeyQuery query) {
        return keys.find(query.apiKeyId());
    }
}
