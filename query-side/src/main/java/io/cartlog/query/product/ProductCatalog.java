package io.cartlog.query.product;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cartlog.events.product.ProductVariant;
import io.cartlog.platform.projection.ReadModelRebuilt;
import io.cartlog.queries.category.ProductCategoryView;
import io.cartlog.queries.collection.ProductCollectionView;
import io.cartlog.queries.product.CartVariantView;
import io.cartlog.queries.product.ProductView;
import io.cartlog.query.category.ProductCategoryLookup;
import io.cartlog.query.collection.ProductCollectionLookup;
import io.cartlog.query.common.CatalogStamp;
import io.cartlog.query.common.JsonColumns;
import io.cartlog.query.common.Page;
import io.cartlog.query.inventory.InventoryLookup;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads products and renders them: a page is one query, its count another, and the categories
 * and collections of the whole page one query each; for a storefront, so are the units available
 * of its variants (inventory-managed variants show stocked less reserved, not the catalog's
 * figure). Parsed documents are cached by product id and version; only a rebuild rewrites a
 * version, so the key also holds the rebuild generation the rows were read in.
 */
@Component
class ProductCatalog {

    private final ProductRepository products;
    private final ProductCategoryLookup categories;
    private final ProductCollectionLookup collections;
    private final InventoryLookup inventory;
    private final JsonColumns json;
    /** Ten minutes bound how long another node, which hears of no rebuild, keeps a document of the old tables. */
    private final Cache<DocumentKey, ProductDocument> documents = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();
    /**
     * Variants as carts add them, under the catalog stamp they were read at: like the storefront's
     * responses, never served once any catalog read model (stock included) has changed.
     */
    private final Cache<VariantKey, Optional<CartVariantView>> cartVariants = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();
    /** Read before the rows: a request that read the old tables cannot cache them under the new generation. */
    private volatile long generation;
    private final CatalogStamp stamp;

    ProductCatalog(ProductRepository products, ProductCategoryLookup categories, ProductCollectionLookup collections,
                   InventoryLookup inventory, JsonColumns json, CatalogStamp stamp) {
        this.products = products;
        this.categories = categories;
        this.collections = collections;
        this.inventory = inventory;
        this.json = json;
        this.stamp = stamp;
    }

    @EventListener
    void on(ReadModelRebuilt rebuilt) {
        if (ProductProjection.GROUP.equals(rebuilt.name())) {
            generation++;
            documents.invalidateAll();
            cartVariants.invalidateAll();
        }
    }

    private ProductDocument document(ProductRepository.Stored stored, long generation) {
        return documents.get(new DocumentKey(stored.id(), stored.version(), generation),
                key -> json.read(stored.document(), ProductDocument.class));
    }

    /** The title of a collection, for the cart lines of its products. */
    Optional<String> collectionTitle(String collectionId) {
        return Optional.ofNullable(collections.byIds(Set.of(collectionId)).get(collectionId))
                .map(ProductCollectionView::title);
    }

    Optional<ProductView> adminProduct(String productId) {
        long at = generation;
        return products.load(productId).map(stored -> render(List.of(stored), at, null, false).get(0));
    }

    ProductList list(ProductFilter filter, ProductOrder order, Page page, PriceContext prices, boolean store) {
        long at = generation;
        List<ProductView> views = render(products.page(filter, order, page), at, prices, store);
        return new ProductList(views, products.count(filter), page.offset(), page.limit());
    }

    Optional<ProductView> one(ProductFilter filter, PriceContext prices, boolean store) {
        long at = generation;
        return render(products.page(filter, ProductOrder.DEFAULT, new Page(1, 0)), at, prices, store).stream()
                .findFirst();
    }

    private List<ProductView> render(List<ProductRepository.Stored> page, long generation, PriceContext prices,
                                     boolean store) {
        List<ProductDocument> documents = page.stream().map(stored -> document(stored, generation)).toList();
        Set<String> categoryIds = documents.stream().flatMap(product -> product.categoryIds().stream())
                .collect(Collectors.toSet());
        Set<String> collectionIds = documents.stream().map(ProductDocument::collectionId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, ProductCategoryView> categoriesById = categories.byIds(categoryIds, store);
        Map<String, ProductCollectionView> collectionsById = collections.byIds(collectionIds);
        Map<String, Long> available = store ? available(documents) : Map.of();
        return IntStream.range(0, page.size())
                .mapToObj(i -> ProductRenderer.render(documents.get(i), page.get(i).version(), categoriesById,
                        collectionsById, available, prices, store))
                .toList();
    }

    /** Units available of the page's inventory-managed variants that have an inventory item: one query per page. */
    private Map<String, Long> available(List<ProductDocument> documents) {
        Set<String> managed = documents.stream().flatMap(product -> product.variants().stream())
                .map(ProductDocument.VariantDocument::variant)
                .filter(ProductVariant::manageInventory)
                .map(ProductVariant::id)
                .collect(Collectors.toSet());
        return managed.isEmpty() ? Map.of() : inventory.available(managed);
    }

    /** A variant as a cart needs it, its stock being what is available now. */
    Optional<CartVariantView> cartVariant(String variantId) {
        long at = generation;
        return cartVariants.get(new VariantKey(variantId, stamp.current()), key -> products.loadByVariant(variantId)
                .flatMap(stored -> CartVariants.of(document(stored, at), stored.version(), variantId,
                        () -> inventory.available(variantId), this::collectionTitle)));
    }

    record ProductList(List<ProductView> products, long count, int offset, int limit) {
    }

    private record DocumentKey(String productId, long version, long generation) {
    }

    private record VariantKey(String variantId, long stamp) {
    }
}
