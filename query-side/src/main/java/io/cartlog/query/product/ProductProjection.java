package io.cartlog.query.product;

import io.cartlog.events.product.ProductCreatedEvent;
import io.cartlog.events.product.ProductDeletedEvent;
import io.cartlog.events.product.ProductUpdatedEvent;
import io.cartlog.events.product.ProductVariantAddedEvent;
import io.cartlog.events.product.ProductVariantRemovedEvent;
import io.cartlog.events.product.ProductVariantUpdatedEvent;
import io.cartlog.platform.projection.ReadModel;
import io.cartlog.queries.product.CartVariantView;
import io.cartlog.queries.product.FindProductQuery;
import io.cartlog.queries.product.FindVariantQuery;
import io.cartlog.queries.product.ProductView;
import io.cartlog.query.common.CatalogStamp;
import io.cartlog.query.common.JsonColumns;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Keeps each product's document. Categories and collections are not copied in: products show
 * them as their own read models have them when rendered, so renaming a category touches one row.
 * Every handler skips events its row already reflects, so replays are harmless.
 */
@Component
@ProcessingGroup(ProductProjection.GROUP)
@ReadModel(tables = {"product_view", "product_view_category", "product_view_sales_channel", "product_view_variant"})
class ProductProjection {

    static final String GROUP = "product-view";

    private final ProductRepository products;
    private final ProductCatalog catalog;
    private final CatalogStamp stamp;
    private final JsonColumns json;

    ProductProjection(ProductRepository products, ProductCatalog catalog, CatalogStamp stamp, JsonColumns json) {
        this.products = products;
        this.catalog = catalog;
        this.stamp = stamp;
        this.json = json;
    }

    @EventHandler
    void on(ProductCreatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        if (products.insert(ProductDocument.created(event, at), version)) {
            stamp.raise(GROUP);
        }
    }

    @EventHandler
    void on(ProductUpdatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.productId(), version, true, product -> product.updated(event, at));
    }

    @EventHandler
    void on(ProductVariantAddedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.productId(), version, false, product -> product.withVariant(event.variant(), at));
    }

    @EventHandler
    void on(ProductVariantUpdatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.productId(), version, false, product -> product.withVariant(event.variant(), at));
    }

    @EventHandler
    void on(ProductVariantRemovedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.productId(), version, false, product -> product.withoutVariant(event.variantId(), at));
    }

    @EventHandler
    void on(ProductDeletedEvent event) {
        products.delete(event.productId());
        stamp.raise(GROUP);
    }

    @ResetHandler
    void reset() {
        products.deleteAll();
        stamp.raise(GROUP);
    }

    /** Read-your-writes asks this before answering a mutation, hence the touch after reading; see {@link CatalogStamp#touch()}. */
    @QueryHandler
    Optional<ProductView> handle(FindProductQuery query) {
        Optional<ProductView> view = catalog.adminProduct(query.productId());
        stamp.touch();
        return view;
    }

    @QueryHandler
    Optional<CartVariantView> handle(FindVariantQuery query) {
        return catalog.cartVariant(query.variantId());
    }

    /** Parses the row itself: in a rebuild it is a copy's, which the catalog's cache must not hold. */
    private void change(String productId, long version, boolean linksChanged, UnaryOperator<ProductDocument> change) {
        products.load(productId)
                .filter(stored -> stored.version() < version)
                .ifPresent(stored -> {
                    products.save(change.apply(json.read(stored.document(), ProductDocument.class)), version,
                            linksChanged);
                    stamp.raise(GROUP);
                });
    }
}
