package io.cartlog.query.collection;

import io.cartlog.platform.web.ApiException;
import io.cartlog.queries.collection.ProductCollectionView;
import io.cartlog.query.common.Page;
import io.cartlog.query.common.QueryParams;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Product collections for storefronts ({@code /store/collections}) and the admin ({@code /admin/collections}), same shape. */
@RestController
class ProductCollectionController {

    private final ProductCollectionRepository collections;

    ProductCollectionController(ProductCollectionRepository collections) {
        this.collections = collections;
    }

    @GetMapping({"/store/collections", "/admin/collections"})
    CollectionList list(HttpServletRequest request, @RequestParam(required = false) Integer limit,
                        @RequestParam(required = false) Integer offset) {
        Page page = Page.of(limit, offset, 50);
        ProductCollectionRepository.Filter filter = new ProductCollectionRepository.Filter(
                QueryParams.values(request, "id"), QueryParams.values(request, "handle"), request.getParameter("q"));
        return new CollectionList(collections.list(filter, page), collections.count(filter), page.offset(), page.limit());
    }

    @GetMapping({"/store/collections/{id}", "/admin/collections/{id}"})
    Map<String, ProductCollectionView> get(@PathVariable String id) {
        return Map.of("collection", collections.find(id).orElseThrow(() -> ApiException.notFound(
                "product_collection_not_found", "Collection with id: " + id + " was not found")));
    }

    record CollectionList(List<ProductCollectionView> collections, long count, int offset, int limit) {
    }
}
