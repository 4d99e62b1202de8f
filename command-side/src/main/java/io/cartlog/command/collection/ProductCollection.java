package io.cartlog.command.collection;

import io.cartlog.command.common.CatalogHandles;
import io.cartlog.command.common.CatalogKind;
import io.cartlog.command.common.Patch;
import io.cartlog.command.common.Require;
import io.cartlog.events.collection.ProductCollectionCreatedEvent;
import io.cartlog.events.collection.ProductCollectionDeletedEvent;
import io.cartlog.events.collection.ProductCollectionUpdatedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/** A product collection ("Summer 2026"); its handle is unique among collections. */
@Aggregate
public class ProductCollection {

    @AggregateIdentifier
    private String collectionId;
    private String title;
    private String handle;
    private Map<String, Object> metadata;

    protected ProductCollection() {
    }

    @CommandHandler
    public ProductCollection(CreateProductCollectionCommand command, CatalogHandles catalog) {
        String title = Require.text("title", command.title());
        String handle = Require.handleOrDerived("handle", Require.optionalText(command.handle()), "title", title);
        catalog.claim(CatalogKind.COLLECTION, handle, command.collectionId());
        apply(new ProductCollectionCreatedEvent(command.collectionId(), title, handle, command.metadata()));
    }

    @CommandHandler
    public long handle(UpdateProductCollectionCommand command, CatalogHandles catalog) {
        String newTitle = command.title() == null ? title : Require.text("title", command.title());
        String newHandle = command.handle() == null ? handle : Require.handle("handle", command.handle().trim());
        if (!newHandle.equals(handle)) {
            catalog.release(CatalogKind.COLLECTION, handle, collectionId);
            catalog.claim(CatalogKind.COLLECTION, newHandle, collectionId);
        }
        apply(new ProductCollectionUpdatedEvent(collectionId, newTitle, newHandle,
                Patch.apply(command.metadata(), metadata)));
        return getVersion();
    }

    @CommandHandler
    public void handle(DeleteProductCollectionCommand command, CatalogHandles catalog) {
        catalog.release(CatalogKind.COLLECTION, handle, collectionId);
        apply(new ProductCollectionDeletedEvent(collectionId));
    }

    @EventSourcingHandler
    void on(ProductCollectionCreatedEvent event) {
        collectionId = event.collectionId();
        title = event.title();
        handle = event.handle();
        metadata = event.metadata();
    }

    @EventSourcingHandler
    void on(ProductCollectionUpdatedEvent event) {
        title = event.title();
        handle = event.handle();
        metadata = event.metadata();
    }

    @EventSourcingHandler
    void on(ProductCollectionDeletedEvent event) {
        markDeleted();
    }
}
