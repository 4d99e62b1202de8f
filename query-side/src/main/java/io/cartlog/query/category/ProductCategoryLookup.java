package io.cartlog.query.category;

import io.cartlog.queries.category.ProductCategoryView;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;

/** Categories by id for other read models to embed (products show theirs). */
@Component
public class ProductCategoryLookup {

    private final ProductCategoryRepository categories;

    ProductCategoryLookup(ProductCategoryRepository categories) {
        this.categories = categories;
    }

    /** The categories that exist among {@code ids}; with {@code storeOnly}, only those a storefront may show. */
    public Map<String, ProductCategoryView> byIds(Collection<String> ids, boolean storeOnly) {
        return categories.byIds(ids, storeOnly);
    }
}
