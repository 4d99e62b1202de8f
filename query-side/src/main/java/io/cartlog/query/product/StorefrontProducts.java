package io.cartlog.query.product;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cartlog.platform.storefront.PublishableKey;
import io.cartlog.platform.web.ApiException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * {@code /store/products} responses, cached as the JSON bytes they were sent as. Each request
 * first reads the catalog stamp (and its region's currency) in one round trip; an entry is only
 * served under the stamp it was built at, so once a change is committed, and the admin's
 * mutation has answered, no node serves the response from before it.
 */
@Component
class StorefrontProducts {

    private static final long CACHE_BYTES = 64L * 1024 * 1024;

    private final ProductRepository products;
    private final ProductCatalog catalog;
    private final JsonMapper json;
    private final Cache<Key, byte[]> responses = Caffeine.newBuilder()
            .maximumWeight(CACHE_BYTES)
            .weigher((Key key, byte[] body) -> body.length)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    StorefrontProducts(ProductRepository products, ProductCatalog catalog, JsonMapper json) {
        this.products = products;
        this.catalog = catalog;
        this.json = json;
    }

    byte[] list(StoreProductRequest request, PublishableKey key) {
        ProductRepository.Snapshot snapshot = products.snapshot(request.regionId());
        PriceContext prices = prices(request, snapshot);
        ProductFilter filter = request.filter(key);
        return responses.get(new Key(request, key.salesChannelIds(), prices, snapshot.stamp()), ignored ->
                json.writeValueAsBytes(catalog.list(filter, request.order(), request.page(), prices, true)));
    }

    byte[] one(String productId, StoreProductRequest request, PublishableKey key) {
        ProductRepository.Snapshot snapshot = products.snapshot(request.regionId());
        PriceContext prices = prices(request, snapshot);
        ProductFilter filter = request.single(productId, key);
        return responses.get(new Key(filter, key.salesChannelIds(), prices, snapshot.stamp()), ignored ->
                json.writeValueAsBytes(Map.of("product", catalog.one(filter, prices, true).orElseThrow(() ->
                        ApiException.notFound("product_not_found", "Product with id: " + productId + " was not found")))));
    }

    /** A region's currency wins over {@code currency_code}; an unknown region is refused like Medusa refuses it. */
    private static PriceContext prices(StoreProductRequest request, ProductRepository.Snapshot snapshot) {
        if (request.regionId() != null) {
            if (snapshot.regionCurrency() == null) {
                throw ApiException.notFound("region_not_found", "Region with id: " + request.regionId() + " was not found");
            }
            return new PriceContext(snapshot.regionCurrency(), request.regionId());
        }
        return request.currencyCode() == null ? null : new PriceContext(request.currencyCode(), null);
    }

    private record Key(Object request, Set<String> salesChannels, PriceContext prices, long stamp) {
    }
}
