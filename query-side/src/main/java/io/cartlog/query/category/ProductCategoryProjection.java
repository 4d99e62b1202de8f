package io.cartlog.query.category;

import io.cartlog.events.category.ProductCategoryCreatedEvent;
import io.cartlog.events.category.ProductCategoryDeletedEvent;
import io.cartlog.events.category.ProductCategoryUpdatedEvent;
import io.cartlog.platform.projection.ReadModel;
import io.cartlog.queries.category.FindProductCategoryQuery;
import io.cartlog.queries.category.ProductCategoryView;
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
@ProcessingGroup(ProductCategoryProjection.GROUP)
@ReadModel(tables = "product_category_view")
class ProductCategoryProjection {

    static final String GROUP = "product-category-view";

    private final ProductCategoryRepository categories;
    private final CatalogStamp stamp;

    ProductCategoryProjection(ProductCategoryRepository categories, CatalogStamp stamp) {
        this.categories = categories;
        this.stamp = stamp;
    }

    @EventHandler
    void on(ProductCategoryCreatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        categories.insert(new ProductCategoryRepository.Row(event.categoryId(), event.name(), event.handle(),
                event.description(), event.parentCategoryId(), event.isActive(), event.isInternal(), event.rank(),
                event.metadata(), at, at, version));
        stamp.raise(GROUP);
    }

    @EventHandler
    void on(ProductCategoryUpdatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        categories.update(new ProductCategoryRepository.Row(event.categoryId(), event.name(), event.handle(),
                event.description(), event.parentCategoryId(), event.isActive(), event.isInternal(), event.rank(),
                event.metadata(), null, at, version));
        stamp.raise(GROUP);
    }

    @EventHandler
    void on(ProductCategoryDeletedEvent event) {
        categories.delete(event.categoryId());
        stamp.raise(GROUP);
    }

    @ResetHandler
    void reset() {
        categories.deleteAll();
        stamp.raise(GROUP);
    }

    /** Read-your-writes asks this before answering a mutation, hence the touch after reading; see {@link CatalogStamp#touch()}. */
    @QueryHandler
    Optional<ProductCategoryView> handle(FindProductCategoryQuery query) {
        Optional<ProductCategoryView> view = categories.find(query.categoryId(), false);
        stamp.touch();
        return view;
    }
}
