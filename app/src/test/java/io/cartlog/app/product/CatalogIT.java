package io.cartlog.app.product;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.platform.testing.ApiClient;
import io.cartlog.platform.testing.ApiClient.Response;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Catalog integration tests: helpers to create catalog data and scoped publishable keys
 * through the admin API. Every test tags its data with a fresh token
 * (used in titles, found again with {@code q}), since all tests share one database.
 */
abstract class CatalogIT extends CartlogIT {

    protected String salesChannel(String name) {
        Response created = admin().post("/admin/sales-channels", Map.of("name", name));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        return created.text("/sales_channel/id");
    }

    /** A new publishable key opening only {@code salesChannelIds} (every channel when none), ready to use. */
    protected ApiClient storeScopedTo(String... salesChannelIds) {
        Response key = admin().post("/admin/api-keys", Map.of("title", "scoped " + token(), "type", "publishable"));
        String apiKeyId = key.text("/api_key/id");
        if (salesChannelIds.length > 0) {
            assertThat(admin().post("/admin/api-keys/" + apiKeyId + "/sales-channels",
                    Map.of("add", List.of(salesChannelIds))).status()).isEqualTo(200);
        }
        ApiClient store = anonymous().asStorefront(key.text("/api_key/token"));
        await().atMost(Duration.ofSeconds(5)).until(() -> store.get("/store/regions").status() == 200);
        return store;
    }

    protected static String token() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    protected String createProduct(Map<String, Object> body) {
        Response created = admin().post("/admin/products", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        return created.text("/product/id");
    }

    protected String createCategory(Map<String, Object> body) {
        Response created = admin().post("/admin/product-categories", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        return created.text("/product_category/id");
    }

    protected String createCollection(Map<String, Object> body) {
        Response created = admin().post("/admin/collections", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        return created.text("/collection/id");
    }

    protected String createRegion(String currencyCode) {
        Response created = admin().post("/admin/regions", Map.of("name", "Region " + token(),
                "currency_code", currencyCode));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        return created.text("/region/id");
    }

    /** A published shirt in sizes S and M at 10.00 and 11.00 EUR. */
    protected static Map<String, Object> shirt(String title) {
        return Map.of(
                "title", title,
                "status", "published",
                "options", List.of(Map.of("title", "Size", "values", List.of("S", "M"))),
                "variants", List.of(
                        Map.of("title", "S", "sku", "SKU-S-" + token(), "options", Map.of("Size", "S"),
                                "prices", List.of(Map.of("currency_code", "eur", "amount", 1000)),
                                "inventory_quantity", 5),
                        Map.of("title", "M", "options", Map.of("Size", "M"),
                                "prices", List.of(Map.of("currency_code", "eur", "amount", 1100)))));
    }
}
