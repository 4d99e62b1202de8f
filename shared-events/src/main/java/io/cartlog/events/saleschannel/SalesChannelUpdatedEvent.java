package io.cartlog.events.saleschannel;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.Map;

/** Carries the sales channel's attributes as they are after the update. */
@PublicEvent("sales_channel.updated")
@Revision("1")
public record SalesChannelUpdatedEvent(
        String salesChannelId,
        String name,
        String description,
        boolean isDisabled,
        Map<String, Object> metadata) {
}
