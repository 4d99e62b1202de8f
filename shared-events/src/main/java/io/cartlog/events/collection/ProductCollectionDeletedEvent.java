package io.cartlog.events.collection;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

@PublicEvent("product_collection.deleted")
@Revision("1")
public record ProductCollectionDeletedEvent(String collectionId) {
}
