package io.cartlog.query.saleschannel;

import io.cartlog.events.saleschannel.SalesChannelCreatedEvent;
import io.cartlog.events.saleschannel.SalesChannelDeletedEvent;
import io.cartlog.events.saleschannel.SalesChannelUpdatedEvent;
import io.cartlog.queries.saleschannel.FindSalesChannelQuery;
import io.cartlog.queries.saleschannel.SalesChannelView;
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

@Component
@ProcessingGroup(SalesChannelProjection.GROUP)
@ReadModel(tables = "sales_channel_view")
class SalesChannelProjection {

    static final String GROUP = "sales-channel-view";

    private final SalesChannelRepository channels;

    SalesChannelProjection(SalesChannelRepository channels) {
        this.channels = channels;
    }

    @EventHandler
    void on(SalesChannelCreatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        channels.insert(event.salesChannelId(), event.name(), event.description(), event.isDisabled(), event.metadata(),
                version, at);
    }

    @EventHandler
    void on(SalesChannelUpdatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        channels.update(event.salesChannelId(), event.name(), event.description(), event.isDisabled(), event.metadata(),
                version, at);
    }

    @EventHandler
    void on(SalesChannelDeletedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        channels.markDeleted(event.salesChannelId(), version, at);
    }

    @ResetHandler
    void reset() {
        channels.deleteAll();
    }

    @QueryHandler
    Optional<SalesChannelView> handle(FindSalesChannelQuery query) {
        return channels.find(query.salesChannelId());
    }
}
