package io.cartlog.events.saleschannel;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

@PublicEvent("sales_channel.deleted")
@Revision("1")
public record SalesChannelDeletedEvent(String salesChannelId) {
}
