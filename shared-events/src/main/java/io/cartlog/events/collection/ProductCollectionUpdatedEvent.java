package io.cartlog.events.collection;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.Map;

/** Carries the collection's attributes as they are after the update. */
@PublicEvent("product_collection.updated")
@Revision("1")
public record ProductCollectionUpdatedEvent(String collectionId, String title, String handle, Map<String, Object> metadata) {
}
