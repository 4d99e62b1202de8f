package io.cartlog.command.product;

import io.cartlog.command.common.CatalogHandles;
import io.cartlog.command.common.CatalogKind;
import io.cartlog.command.common.IdSource;
import io.cartlog.command.common.Patch;
import io.cartlog.command.common.Require;
import io.cartlog.events.product.PhysicalAttributes;
import io.cartlog.events.product.ProductCreatedEvent;
import io.cartlog.events.product.ProductDeletedEvent;
import io.cartlog.events.product.ProductImage;
import io.cartlog.events.product.ProductOption;
import io.cartlog.events.product.ProductUpdatedEvent;
import io.cartlog.events.product.ProductVariant;
import io.cartlog.events.product.ProductVariantAddedEvent;
import io.cartlog.events.product.ProductVariantRemovedEvent;
import io.cartlog.events.product.ProductVariantUpdatedEvent;
import io.cartlog.platform.web.ApiException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/**
 * A product and its variants, one consistency boundary: every variant chooses one value of each
 * of the product's options, no two variants choose the same values, and prices are
 * non-negative, one per currency (and region). Its handle is unique among products
 * ({@link CatalogHandles}).
 */
@Aggregate
public class Product {

    @AggregateIdentifier
    private String productId;
    private String title;
    private String handle;
    private String subtitle;
    private String description;
    private String status;
    private String thumbnail;
    private List<ProductImage> images;
    private List<ProductOption> options;
    private List<String> categoryIds;
    private String collectionId;
    private List<String> salesChannelIds;
    private boolean discountable;
    private boolean isGiftcard;
    private PhysicalAttributes physical;
    private String externalId;
    private Map<String, Object> metadata;
    private final Map<String, ProductVariant> variants = new LinkedHashMap<>();

    protected Product() {
    }

    @CommandHandler
    public Product(CreateProductCommand command, CatalogHandles catalog, IdSource ids) {
        String title = Require.text("title", command.title());
        String handle = Require.handleOrDerived("handle", Require.optionalText(command.handle()), "title", title);
        List<ProductOption> options = ProductRules.options(orEmpty(command.options()), List.of(), ids);
        List<ProductVariant> variants = new ArrayList<>();
        List<VariantDraft> drafts = orEmpty(command.variants());
        for (int i = 0; i < drafts.size(); i++) {
            ProductVariant variant = ProductRules.newVariant("variants[" + i + "]", ids.next("variant"), drafts.get(i),
                    options, ids);
            ProductRules.requireDistinctCombinations("variants[" + i + "].options", variant, variants);
            variants.add(variant);
        }
        ProductCreatedEvent created = new ProductCreatedEvent(
                command.productId(),
                title,
                handle,
                Require.optionalText(command.subtitle()),
                Require.optionalText(command.description()),
                command.status() == null ? "draft" : ProductRules.status(command.status()),
                Require.optionalText(command.thumbnail()),
                ProductRules.images(orEmpty(command.images()), List.of(), ids),
                options,
                variants,
                ProductRules.categoryIds(orEmpty(command.categoryIds()), catalog),
                ProductRules.collectionId(command.collectionId(), catalog),
                ProductRules.salesChannelIds(orEmpty(command.salesChannelIds())),
                command.discountable() == null || command.discountable(),
                Boolean.TRUE.equals(command.isGiftcard()),
                ProductRules.physical("", command.physical() == null ? PhysicalAttributes.NONE : command.physical()),
                Require.optionalText(command.externalId()),
                command.metadata());
        catalog.claim(CatalogKind.PRODUCT, handle, command.productId());
        apply(created);
    }

    @CommandHandler
    public long handle(UpdateProductCommand command, CatalogHandles catalog, IdSource ids) {
        String newHandle = command.handle() == null ? handle : Require.handle("handle", command.handle().trim());
        List<ProductOption> newOptions = command.options() == null ? options
                : ProductRules.options(command.options(), options, ids);
        List<ProductVariant> renamed = variantsUnder(newOptions);
        ProductUpdatedEvent updated = new ProductUpdatedEvent(
                productId,
                command.title() == null ? title : Require.text("title", command.title()),
                newHandle,
                Require.optionalText(Patch.apply(command.subtitle(), subtitle)),
                Require.optionalText(Patch.apply(command.description(), description)),
                command.status() == null ? status : ProductRules.status(command.status()),
                Require.optionalText(Patch.apply(command.thumbnail(), thumbnail)),
                command.images() == null ? images : ProductRules.images(command.images(), images, ids),
                newOptions,
                command.categoryIds() == null ? categoryIds : ProductRules.categoryIds(command.categoryIds(), catalog),
                command.collectionId() == null ? collectionId
                        : ProductRules.collectionId(command.collectionId().value(), catalog),
                command.salesChannelIds() == null ? salesChannelIds
                        : ProductRules.salesChannelIds(command.salesChannelIds()),
                command.discountable() == null ? discountable : command.discountable(),
                command.isGiftcard() == null ? isGiftcard : command.isGiftcard(),
                command.physical() == null ? physical : ProductRules.physical("", command.physical().applyTo(physical)),
                Require.optionalText(Patch.apply(command.externalId(), externalId)),
                Patch.apply(command.metadata(), metadata));
        if (!newHandle.equals(handle)) {
            catalog.release(CatalogKind.PRODUCT, handle, productId);
            catalog.claim(CatalogKind.PRODUCT, newHandle, productId);
        }
        apply(updated);
        renamed.forEach(variant -> apply(new ProductVariantUpdatedEvent(productId, variant)));
        return getVersion();
    }

    @CommandHandler
    public void handle(DeleteProductCommand command, CatalogHandles catalog) {
        catalog.release(CatalogKind.PRODUCT, handle, productId);
        apply(new ProductDeletedEvent(productId));
    }

    @CommandHandler
    public long handle(AddProductVariantCommand command, IdSource ids) {
        ProductVariant variant = ProductRules.newVariant("", ids.next("variant"), command.variant(), options, ids);
        ProductRules.requireDistinctCombinations("options", variant, variants.values());
        apply(new ProductVariantAddedEvent(productId, variant));
        return getVersion();
    }

    @CommandHandler
    public long handle(UpdateProductVariantCommand command, IdSource ids) {
        ProductVariant variant = ProductRules.changedVariant(variant(command.variantId()), command.changes(), options, ids);
        ProductRules.requireDistinctCombinations("options", variant, variants.values());
        apply(new ProductVariantUpdatedEvent(productId, variant));
        return getVersion();
    }

    @CommandHandler
    public long handle(RemoveProductVariantCommand command) {
        variant(command.variantId());
        apply(new ProductVariantRemovedEvent(productId, command.variantId()));
        return getVersion();
    }

    private ProductVariant variant(String variantId) {
        ProductVariant variant = variants.get(variantId);
        if (variant == null) {
            throw ApiException.notFound("variant_not_found",
                    "Variant with id '" + variantId + "' not found in product '" + productId + "'");
        }
        return variant;
    }

    /**
     * The variants whose option titles change with new options (an option renamed, found by its
     * id), after checking every variant still fits: changing options never strands a variant.
     */
    private List<ProductVariant> variantsUnder(List<ProductOption> newOptions) {
        Map<String, String> newTitles = new LinkedHashMap<>();
        for (ProductOption old : options) {
            newOptions.stream().filter(option -> option.id().equals(old.id())).findFirst()
                    .filter(option -> !option.title().equals(old.title()))
                    .ifPresent(option -> newTitles.put(old.title(), option.title()));
        }
        List<ProductVariant> changed = new ArrayList<>();
        for (ProductVariant variant : variants.values()) {
            Map<String, String> chosen = new LinkedHashMap<>();
            variant.options().forEach((title, value) -> chosen.put(newTitles.getOrDefault(title, title), value));
            ProductRules.misfit(chosen, newOptions).ifPresent(reason -> {
                throw ApiException.invalidData("Invalid request: Field 'options' does not fit variant '"
                        + variant.title() + "', which " + reason);
            });
            if (!chosen.equals(variant.options())) {
                changed.add(new ProductVariant(variant.id(), variant.title(), variant.sku(), variant.barcode(),
                        variant.ean(), variant.upc(), chosen, variant.prices(), variant.manageInventory(),
                        variant.allowBackorder(), variant.inventoryQuantity(), variant.variantRank(), variant.physical(),
                        variant.metadata()));
            }
        }
        return changed;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    @EventSourcingHandler
    void on(ProductCreatedEvent event) {
        productId = event.productId();
        title = event.title();
        handle = event.handle();
        subtitle = event.subtitle();
        description = event.description();
        status = event.status();
        thumbnail = event.thumbnail();
        images = event.images();
        options = event.options();
        categoryIds = event.categoryIds();
        collectionId = event.collectionId();
        salesChannelIds = event.salesChannelIds();
        discountable = event.discountable();
        isGiftcard = event.isGiftcard();
        physical = event.physical();
        externalId = event.externalId();
        metadata = event.metadata();
        event.variants().forEach(variant -> variants.put(variant.id(), variant));
    }

    @EventSourcingHandler
    void on(ProductUpdatedEvent event) {
        title = event.title();
        handle = event.handle();
        subtitle = event.subtitle();
        description = event.description();
        status = event.status();
        thumbnail = event.thumbnail();
        images = event.images();
        options = event.options();
        categoryIds = event.categoryIds();
        collectionId = event.collectionId();
        salesChannelIds = event.salesChannelIds();
        discountable = event.discountable();
        isGiftcard = event.isGiftcard();
        physical = event.physical();
        externalId = event.externalId();
        metadata = event.metadata();
    }

    @EventSourcingHandler
    void on(ProductVariantAddedEvent event) {
        variants.put(event.variant().id(), event.variant());
    }

    @EventSourcingHandler
    void on(ProductVariantUpdatedEvent event) {
        variants.put(event.variant().id(), event.variant());
    }

    @EventSourcingHandler
    void on(ProductVariantRemovedEvent event) {
        variants.remove(event.variantId());
    }

    @EventSourcingHandler
    void on(ProductDeletedEvent event) {
        markDeleted();
    }
}
