package io.cartlog.query.collection;

import io.cartlog.queries.collection.ProductCollectionView;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;

/** Collections by id for other read models to embed (products show theirs). */
@Component
public class ProductCollectionLookup {

    private final ProductCollectionRepository collections;

    ProductCollectionLookup(ProductCollectionRepository collections) {
        this.collections = collections;
    }

    public Map<String, ProductCollectionView> byIds(Collection<String> ids) {
        return collections.byIds(ids);
    }
}
