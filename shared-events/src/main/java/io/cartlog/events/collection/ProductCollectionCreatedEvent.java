package io.cartlog.events.collection;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.Map;

@PublicEvent("product_collection.created")
@Revision("1")
public record ProductCollectionCreatedEvent(String collectionId, String title, String handle, Map<String, Object> metadata) {
}
