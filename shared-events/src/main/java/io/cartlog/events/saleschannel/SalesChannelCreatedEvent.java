package io.cartlog.events.saleschannel;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.Map;

@PublicEvent("sales_channel.created")
@Revision("1")
public record SalesChannelCreatedEvent(
        String salesChannelId,
        String name,
        String description,
        boolean isDisabled,
        Map<String, Object> metadata) {
}
