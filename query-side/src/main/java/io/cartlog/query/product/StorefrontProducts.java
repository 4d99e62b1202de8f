package io.cartlog.query.product;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cartlog.platform.storefront.PublishableKey;
import io.cartlog.platform.web.ApiException;
import io.cartlog.query.common.CatalogStamp;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * {@code /store/products} responses, cached as the JSON bytes they were sent as, under the
 * {@link CatalogStamp} they were built at: once a change was answered as visible, this node
 * serves no response from before it. A hit costs no database round trip.
 */
@Component
class StorefrontProducts {

    private static final long CACHE_BYTES = 64L * 1024 * 1024;

    private final CatalogStamp stamp;
    private final RegionCurrencies regions;
    private final ProductCatalog catalog;
    private final JsonMapper json;
    private final Cache<Key, byte[]> responses = Caffeine.newBuilder()
            .maximumWeight(CACHE_BYTES)
            .weigher((Key key, byte[] body) -> body.length)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    StorefrontProducts(CatalogStamp stamp, RegionCurrencies regions, ProductCatalog catalog, JsonMapper json) {
        this.stamp = stamp;
        this.regions = regions;
        this.catalog = catalog;
        this.json = json;
    }

    byte[] list(StoreProductRequest request, PublishableKey key) {
        long at = stamp.current();
        PriceContext prices = prices(request);
        ProductFilter filter = request.filter(key);
        return responses.get(new Key(request, key.salesChannelIds(), prices, at), ignored ->
                json.writeValueAsBytes(catalog.list(filter, request.order(), request.page(), prices, true)));
    }

    byte[] one(String productId, StoreProductRequest request, PublishableKey key) {
        long at = stamp.current();
        PriceContext prices = prices(request);
        ProductFilter filter = request.single(productId, key);
        return responses.get(new Key(filter, key.salesChannelIds(), prices, at), ignored ->
                json.writeValueAsBytes(Map.of("product", catalog.one(filter, prices, true).orElseThrow(() ->
                        ApiException.notFound("product_not_found", "Product with id: " + productId + " was not found")))));
    }

    /** A region's currency wins over {@code currency_code}; an unknown region is refused like Medusa refuses it. */
    private PriceContext prices(StoreProductRequest request) {
        if (request.regionId() != null) {
            String currency = regions.currencyOf(request.regionId()).orElseThrow(() -> ApiException.notFound(
                    "region_not_found", "Region with id: " + request.regionId() + " was not found"));
            return new PriceContext(currency, request.regionId());
        }
        return request.currencyCode() == null ? null : new PriceContext(request.currencyCode(), null);
    }

    private record Key(Object request, Set<String> salesChannels, PriceContext prices, long stamp) {
    }
}
