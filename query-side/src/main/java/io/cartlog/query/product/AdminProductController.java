package io.cartlog.query.product;

import io.cartlog.platform.web.ApiException;
import io.cartlog.queries.product.ProductView;
import io.cartlog.query.common.Page;
import io.cartlog.query.common.QueryParams;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Medusa v2's admin product reads: every status, with prices and sales channels. */
@RestController
class AdminProductController {

    private static final Set<String> STATUSES = Set.of("draft", "proposed", "published", "rejected");

    private final ProductCatalog catalog;

    AdminProductController(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/admin/products")
    ProductCatalog.ProductList list(HttpServletRequest request, @RequestParam(required = false) Integer limit,
                                    @RequestParam(required = false) Integer offset,
                                    @RequestParam(required = false) String q,
                                    @RequestParam(required = false) String order) {
        Set<String> statuses = new LinkedHashSet<>(QueryParams.values(request, "status"));
        statuses.stream().filter(status -> !STATUSES.contains(status)).findFirst().ifPresent(status -> {
            throw ApiException.invalidData("Invalid request: 'status' must be one of " + STATUSES.stream().sorted().toList()
                    + ", got '" + status + "'");
        });
        ProductFilter filter = new ProductFilter(statuses, null, QueryParams.values(request, "id"),
                QueryParams.values(request, "handle"), QueryParams.values(request, "category_id"),
                QueryParams.values(request, "collection_id"), q);
        return catalog.list(filter, ProductOrder.parse(order), Page.of(limit, offset, 50), null, false);
    }

    @GetMapping("/admin/products/{id}")
    Map<String, ProductView> get(@PathVariable String id) {
        return Map.of("product", catalog.adminProduct(id).orElseThrow(() ->
                ApiException.notFound("product_not_found", "Product with id: " + id + " was not found")));
    }
}
