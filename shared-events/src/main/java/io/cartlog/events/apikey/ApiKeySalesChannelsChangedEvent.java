package io.cartlog.events.apikey;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.List;

/** The sales channels a publishable key opens, after the change. */
@PublicEvent("api_key.sales_channels_changed")
@Revision("1")
public record ApiKeySalesChannelsChangedEvent(String apiKeyId, List<String> salesChannelIds) {
}
