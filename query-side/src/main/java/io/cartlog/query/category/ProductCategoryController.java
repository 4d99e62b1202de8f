package io.cartlog.query.category;

import io.cartlog.platform.web.ApiException;
import io.cartlog.queries.category.ProductCategoryView;
import io.cartlog.query.common.Page;
import io.cartlog.query.common.QueryParams;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * Product categories: storefronts ({@code /store/product-categories}) see the active, public
 * ones; the admin ({@code /admin/product-categories}) sees all. {@code fields} and
 * {@code include_descendants_tree} are accepted and ignored: every category comes with its
 * parent and direct children.
 */
@RestController
class ProductCategoryController {

    private final ProductCategoryRepository categories;

    ProductCategoryController(ProductCategoryRepository categories) {
        this.categories = categories;
    }

    @GetMapping("/store/product-categories")
    CategoryList storeList(HttpServletRequest request, @RequestParam(required = false) Integer limit,
                           @RequestParam(required = false) Integer offset) {
        return list(true, request, limit, offset);
    }

    @GetMapping("/admin/product-categories")
    CategoryList adminList(HttpServletRequest request, @RequestParam(required = false) Integer limit,
                           @RequestParam(required = false) Integer offset) {
        return list(false, request, limit, offset);
    }

    @GetMapping("/store/product-categories/{id}")
    Map<String, ProductCategoryView> storeGet(@PathVariable String id) {
        return get(id, true);
    }

    @GetMapping("/admin/product-categories/{id}")
    Map<String, ProductCategoryView> adminGet(@PathVariable String id) {
        return get(id, false);
    }

    private CategoryList list(boolean storeOnly, HttpServletRequest request, Integer limit, Integer offset) {
        Page page = Page.of(limit, offset, 50);
        ProductCategoryRepository.Filter filter = new ProductCategoryRepository.Filter(storeOnly,
                QueryParams.values(request, "id"), QueryParams.values(request, "handle"),
                request.getParameter("parent_category_id"), request.getParameter("q"));
        return new CategoryList(categories.list(filter, page), categories.count(filter), page.offset(), page.limit());
    }

    private Map<String, ProductCategoryView> get(String id, boolean storeOnly) {
        return Map.of("product_category", categories.find(id, storeOnly).orElseThrow(() -> ApiException.notFound(
                "product_category_not_found", "Product category with id: " + id + " was not found")));
    }

    record CategoryList(List<ProductCategoryView> productCategories, long count, int offset, int limit) {
    }
}
