package io.cartlog.query.collection;

import io.cartlog.events.collection.ProductCollectionCreatedEvent;
import io.cartlog.events.collection.ProductCollectionDeletedEvent;
import io.cartlog.events.collection.ProductCollectionUpdatedEvent;
import io.cartlog.platform.projection.ReadModel;
import io.cartlog.queries.collection.FindProductCollectionQuery;
import io.cartlog.queries.collection.ProductCollectionView;
import io.cartlog.query.common.CatalogStamp;
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
@ProcessingGroup(ProductCollectionProjection.GROUP)
@ReadModel(tables = "product_collection_view")
class ProductCollectionProjection {

    static final String GROUP = "product-collection-view";

    private final ProductCollectionRepository collections;
    private final CatalogStamp stamp;

    ProductCollectionProjection(ProductCollectionRepository collections, CatalogStamp stamp) {
        this.collections = collections;
        this.stamp = stamp;
    }

    @EventHandler
    void on(ProductCollectionCreatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        collections.insert(event.collectionId(), event.title(), event.handle(), event.metadata(), version, at);
        stamp.raise(GROUP);
    }

    @EventHandler
    void on(ProductCollectionUpdatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        collections.update(event.collectionId(), event.title(), event.handle(), event.metadata(), version, at);
        stamp.raise(GROUP);
    }

    @EventHandler
    void on(ProductCollectionDeletedEvent event) {
        collections.delete(event.collectionId());
        stamp.raise(GROUP);
    }

    @ResetHandler
    void reset() {
        collections.deleteAll();
        stamp.raise(GROUP);
    }

    /** Read-your-writes asks this before answering a mutation, hence the touch after reading; see {@link CatalogStamp#touch()}. */
    @QueryHandler
    Optional<ProductCollectionView> handle(FindProductCollectionQuery query) {
        Optional<ProductCollectionView> view = collections.find(query.collectionId());
        stamp.touch();
        return view;
    }
}
