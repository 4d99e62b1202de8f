package io.cartlog.query.product;

/**
 * What a storefront's {@code calculated_price} is computed for: a currency and, when the request
 * named a region, that region (whose regional prices then win over plain currency prices).
 */
record PriceContext(String currencyCode, String regionId) {
}
