package io.cartlog.query.product;

import io.cartlog.platform.storefront.PublishableKey;
import io.cartlog.platform.web.ApiException;
import io.cartlog.query.common.Page;
import io.cartlog.query.common.QueryParams;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parameters of {@code GET /store/products}, checked. {@code fields} and {@code expand} are
 * accepted and ignored: every product comes whole. Being a record, it is also the cache key of
 * its response, so parameters that do not change the answer stay out of it.
 */
record StoreProductRequest(
        String q,
        List<String> ids,
        List<String> handles,
        List<String> categoryIds,
        List<String> collectionIds,
        String regionId,
        String currencyCode,
        ProductOrder order,
        Page page) {

    private static final Set<String> PUBLISHED = Set.of("published");

    static StoreProductRequest from(HttpServletRequest request, Integer limit, Integer offset) {
        return new StoreProductRequest(
                blankToNull(request.getParameter("q")),
                QueryParams.values(request, "id"),
                QueryParams.values(request, "handle"),
                QueryParams.values(request, "category_id"),
                QueryParams.values(request, "collection_id"),
                blankToNull(request.getParameter("region_id")),
                currency(blankToNull(request.getParameter("currency_code"))),
                ProductOrder.parse(request.getParameter("order")),
                Page.of(limit, offset, 50));
    }

    /** Published products the key's sales channels open. */
    ProductFilter filter(PublishableKey key) {
        return new ProductFilter(PUBLISHED, channels(key), ids, handles, categoryIds, collectionIds, q);
    }

    ProductFilter single(String productId, PublishableKey key) {
        return new ProductFilter(PUBLISHED, channels(key), List.of(productId), List.of(), List.of(), List.of(), null);
    }

    private static Set<String> channels(PublishableKey key) {
        return key.salesChannelIds().isEmpty() ? null : key.salesChannelIds();
    }

    private static String currency(String code) {
        if (code == null) {
            return null;
        }
        try {
            return Currency.getInstance(code.toUpperCase(Locale.ROOT)).getCurrencyCode().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException unknown) {
            throw ApiException.invalidData("Invalid request: 'currency_code' is not an ISO 4217 currency code: '"
                    + code + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
