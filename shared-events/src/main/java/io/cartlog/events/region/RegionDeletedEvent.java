package io.cartlog.events.region;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

@PublicEvent("region.deleted")
@Revision("1")
public record RegionDeletedEvent(String regionId) {
}
