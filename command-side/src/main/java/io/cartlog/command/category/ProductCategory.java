package io.cartlog.command.category;

import io.cartlog.command.common.CatalogHandles;
import io.cartlog.command.common.CatalogKind;
import io.cartlog.command.common.Patch;
import io.cartlog.command.common.Require;
import io.cartlog.events.category.ProductCategoryCreatedEvent;
import io.cartlog.events.category.ProductCategoryDeletedEvent;
import io.cartlog.events.category.ProductCategoryUpdatedEvent;
import io.cartlog.platform.web.ApiException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/**
 * A product category, possibly under a parent category. Its handle is unique among categories;
 * its parent must exist and not be itself (deeper cycles are not checked).
 */
@Aggregate
public class ProductCategory {

    @AggregateIdentifier
    private String categoryId;
    private String name;
    private String handle;
    private String description;
    private String parentCategoryId;
    private boolean isActive;
    private boolean isInternal;
    private int rank;
    private Map<String, Object> metadata;

    protected ProductCategory() {
    }

    @CommandHandler
    public ProductCategory(CreateProductCategoryCommand command, CatalogHandles catalog) {
        String name = Require.text("name", command.name());
        String handle = Require.handleOrDerived("handle", Require.optionalText(command.handle()), "name", name);
        ProductCategoryCreatedEvent created = new ProductCategoryCreatedEvent(
                command.categoryId(),
                name,
                handle,
                Require.optionalText(command.description()),
                parent(command.categoryId(), command.parentCategoryId(), catalog),
                command.isActive() == null || command.isActive(),
                Boolean.TRUE.equals(command.isInternal()),
                rank(command.rank()),
                command.metadata());
        catalog.claim(CatalogKind.CATEGORY, handle, command.categoryId());
        apply(created);
    }

    @CommandHandler
    public long handle(UpdateProductCategoryCommand command, CatalogHandles catalog) {
        String newHandle = command.handle() == null ? handle : Require.handle("handle", command.handle().trim());
        ProductCategoryUpdatedEvent updated = new ProductCategoryUpdatedEvent(
                categoryId,
                command.name() == null ? name : Require.text("name", command.name()),
                newHandle,
                Require.optionalText(Patch.apply(command.description(), description)),
                command.parentCategoryId() == null ? parentCategoryId
                        : parent(categoryId, command.parentCategoryId().value(), catalog),
                command.isActive() == null ? isActive : command.isActive(),
                command.isInternal() == null ? isInternal : command.isInternal(),
                command.rank() == null ? rank : rank(command.rank()),
                Patch.apply(command.metadata(), metadata));
        if (!newHandle.equals(handle)) {
            catalog.release(CatalogKind.CATEGORY, handle, categoryId);
            catalog.claim(CatalogKind.CATEGORY, newHandle, categoryId);
        }
        apply(updated);
        return getVersion();
    }

    @CommandHandler
    public void handle(DeleteProductCategoryCommand command, CatalogHandles catalog) {
        catalog.release(CatalogKind.CATEGORY, handle, categoryId);
        apply(new ProductCategoryDeletedEvent(categoryId));
    }

    private static String parent(String categoryId, String requested, CatalogHandles catalog) {
        String parentId = Require.optionalText(requested);
        if (parentId == null) {
            return null;
        }
        if (parentId.equals(categoryId)) {
            throw ApiException.invalidData("Invalid request: Field 'parent_category_id' cannot be the category itself");
        }
        if (!catalog.exists(CatalogKind.CATEGORY, parentId)) {
            throw ApiException.invalidData("Invalid request: Field 'parent_category_id' names no product category: '"
                    + parentId + "'");
        }
        return parentId;
    }

    private static int rank(BigDecimal requested) {
        if (requested == null) {
            return 0;
        }
        long rank = Require.nonNegative("rank", Require.wholeNumber("rank", requested));
        if (rank > Integer.MAX_VALUE) {
            throw ApiException.invalidData("Invalid request: Field 'rank' is too large");
        }
        return (int) rank;
    }

    @EventSourcingHandler
    void on(ProductCategoryCreatedEvent event) {
        categoryId = event.categoryId();
        assign(event.name(), event.handle(), event.description(), event.parentCategoryId(), event.isActive(),
                event.isInternal(), event.rank(), event.metadata());
    }

    @EventSourcingHandler
    void on(ProductCategoryUpdatedEvent event) {
        assign(event.name(), event.handle(), event.description(), event.parentCategoryId(), event.isActive(),
                event.isInternal(), event.rank(), event.metadata());
    }

    private void assign(String name, String handle, String description, String parentCategoryId, boolean isActive,
                       boolean isInternal, int rank, Map<String, Object> metadata) {
        this.name = name;
        this.handle = handle;
        this.description = description;
        this.parentCategoryId = parentCategoryId;
        this.isActive = isActive;
        this.isInternal = isInternal;
        this.rank = rank;
        this.metadata = metadata;
    }

    @EventSourcingHandler
    void on(ProductCategoryDeletedEvent event) {
        markDeleted();
    }
}
