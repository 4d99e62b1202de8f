package io.cartlog.app.product;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.events.apikey.ApiKeyCreatedEvent;
import io.cartlog.events.apikey.ApiKeySalesChannelsChangedEvent;
import io.cartlog.platform.testing.ApiClient;
import io.cartlog.platform.testing.ApiClient.Response;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Catalog integration tests: helpers to create catalog data through the admin API and the
 * publishable keys the storefront calls need. Every test tags its data with a fresh token
 * (used in titles, found again with {@code q}), since all tests share one database.
 */
abstract class CatalogIT extends CartlogIT {

    private static boolean demoKeyChecked;

    @Autowired
    private EventGateway events;

    @Autowired
    private JdbcClient jdbc;

    /**
     * The demo seeder will create {@link #PUBLISHABLE_KEY}; until it exists, the first test of the
     * JVM creates the key itself by publishing the event the api-key aggregate would, unless the
     * event store already holds one for that token. It goes out as a domain event: the key
     * projection's handlers take a {@code @SequenceNumber}, so they skip events without one.
     */
    @BeforeEach
    void ensureDemoPublishableKey() {
        synchronized (CatalogIT.class) {
            if (!demoKeyChecked) {
                if (!keyCreatedInEventStore(PUBLISHABLE_KEY)) {
                    events.publish(new GenericDomainEventMessage<>("ApiKey", "apk_test", 0,
                            new ApiKeyCreatedEvent("apk_test", PUBLISHABLE_KEY, "test", "publishable")));
                }
                awaitKeyProjected(PUBLISHABLE_KEY);
                demoKeyChecked = true;
            }
        }
    }

    /** A new publishable key opening only {@code salesChannelIds}, ready to use. */
    protected ApiClient storeScopedTo(String... salesChannelIds) {
        String apiKeyId = "apk_" + token();
        String keyToken = "pk_" + token();
        events.publish(new GenericDomainEventMessage<>("ApiKey", apiKeyId, 0,
                        new ApiKeyCreatedEvent(apiKeyId, keyToken, "scoped", "publishable")),
                new GenericDomainEventMessage<>("ApiKey", apiKeyId, 1,
                        new ApiKeySalesChannelsChangedEvent(apiKeyId, List.of(salesChannelIds))));
        await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.sql(
                        "SELECT COUNT(*) FROM publishable_key_sales_channel WHERE api_key_id = ?")
                .param(apiKeyId).query(Long.class).single() == salesChannelIds.length);
        return anonymous().asStorefront(keyToken);
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

    private boolean keyCreatedInEventStore(String keyToken) {
        return jdbc.sql("SELECT payload FROM domain_event_entry WHERE payload_type = ?")
                .param(ApiKeyCreatedEvent.class.getName())
                .query((rs, n) -> new String(rs.getBytes("payload"), StandardCharsets.UTF_8))
                .list().stream()
                .anyMatch(payload -> payload.contains("\"" + keyToken + "\""));
    }

    private void awaitKeyProjected(String keyToken) {
        await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.sql(
                        "SELECT COUNT(*) FROM publishable_key WHERE token = ?")
                .param(keyToken).query(Long.class).single() > 0);
    }
}
