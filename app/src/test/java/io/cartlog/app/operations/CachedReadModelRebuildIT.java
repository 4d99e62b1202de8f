package io.cartlog.app.operations;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.command.product.CreateProductCommand;
import io.cartlog.events.common.Ids;
import io.cartlog.events.product.PhysicalAttributes;
import io.cartlog.platform.projection.Projections;
import io.cartlog.platform.testing.ApiClient;
import io.cartlog.platform.testing.ApiClient.Response;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The read models that in-memory caches are built from (storefront products, key lookups) are
 * rebuilt while they serve: requests keep being answered from the old tables, the new tables hold
 * the same rows, and caches and live processor follow the swap.
 */
class CachedReadModelRebuildIT extends CartlogIT {

    /** Key lookups are cached for two seconds; a change shows within that, plus projection lag. */
    private static final Duration KEY_CACHE_BOUND = Duration.ofSeconds(5);

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private Projections projections;

    @Autowired
    private CommandGateway commands;

    private String token;
    private String productId;
    private String variantId;
    private String categoryId;
    private String collectionId;
    private String shopKeyId;
    private ApiClient shop;
    private String backOfficeKeyId;
    private ApiClient backOffice;

    /** A product in a category and a collection, 7 of it in stock, and a new publishable and secret key. */
    @BeforeEach
    void catalogAndKeys() {
        token = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        categoryId = admin().post("/admin/product-categories", Map.of("name", "Tees " + token))
                .text("/product_category/id");
        collectionId = admin().post("/admin/collections", Map.of("title", "Summer " + token)).text("/collection/id");
        Response product = admin().post("/admin/products", Map.of("title", "Shirt " + token, "status", "published",
                "categories", List.of(Map.of("id", categoryId)), "collection_id", collectionId,
                "options", List.of(Map.of("title", "Size", "values", List.of("S"))),
                "variants", List.of(Map.of("title", "S", "options", Map.of("Size", "S"), "manage_inventory", true,
                        "prices", List.of(Map.of("currency_code", "eur", "amount", 1000)), "inventory_quantity", 7))));
        assertThat(product.status()).as(product.body().toString()).isEqualTo(200);
        productId = product.text("/product/id");
        variantId = product.text("/product/variants/0/id");

        Response shopKey = admin().post("/admin/api-keys", Map.of("title", "Shop " + token, "type", "publishable"));
        shopKeyId = shopKey.text("/api_key/id");
        shop = anonymous().asStorefront(shopKey.text("/api_key/token"));
        Response backOfficeKey = admin().post("/admin/api-keys", Map.of("title", "Office " + token, "type", "secret"));
        backOfficeKeyId = backOfficeKey.text("/api_key/id");
        backOffice = anonymous().asAdmin(backOfficeKey.text("/api_key/token"));

        // The inventory item comes from the inventory-sync processor, shortly after the product.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(shop.get(ourProduct()).body().at("/products/0/variants/0/inventory_quantity").asLong())
                    .isEqualTo(7);
            assertThat(backOffice.get("/admin/products/" + productId).status()).isEqualTo(200);
        });
    }

    @Test
    void productViewIsRebuiltWhileServingAndFollowsTheNextChange() throws InterruptedException {
        rebuildWhileServing("product-view");

        Response renamed = admin().post("/admin/products/" + productId, Map.of("title", "Renamed " + token));

        assertThat(renamed.status()).as(renamed.body().toString()).isEqualTo(200);
        assertThat(shop.get(ourProduct()).text("/products/0/title")).isEqualTo("Renamed " + token);
    }

    @Test
    void productCategoryViewIsRebuiltWhileServingAndFollowsTheNextChange() throws InterruptedException {
        rebuildWhileServing("product-category-view");

        Response renamed = admin().post("/admin/product-categories/" + categoryId, Map.of("name", "Shirts " + token));

        assertThat(renamed.status()).as(renamed.body().toString()).isEqualTo(200);
        assertThat(shop.get(ourProduct()).text("/products/0/categories/0/name")).isEqualTo("Shirts " + token);
    }

    @Test
    void productCollectionViewIsRebuiltWhileServingAndFollowsTheNextChange() throws InterruptedException {
        rebuildWhileServing("product-collection-view");

        Response renamed = admin().post("/admin/collections/" + collectionId, Map.of("title", "Winter " + token));

        assertThat(renamed.status()).as(renamed.body().toString()).isEqualTo(200);
        assertThat(shop.get(ourProduct()).text("/products/0/collection/title")).isEqualTo("Winter " + token);
    }

    @Test
    void inventoryViewIsRebuiltWhileServingAndFollowsTheNextChange() throws InterruptedException {
        rebuildWhileServing("inventory-view");

        Response restocked = admin().post("/admin/products/" + productId + "/variants/" + variantId,
                Map.of("inventory_quantity", 3));

        assertThat(restocked.status()).as(restocked.body().toString()).isEqualTo(200);
        // Stock reaches the inventory item through the inventory-sync processor, not within the request.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(shop.get(ourProduct()).body()
                .at("/products/0/variants/0/inventory_quantity").asLong()).isEqualTo(3));
    }

    @Test
    void secretKeysAreRebuiltWhileServingAndFollowTheNextRevocation() throws InterruptedException {
        rebuildWhileServing("secret-keys");

        assertThat(admin().post("/admin/api-keys/" + backOfficeKeyId + "/revoke", Map.of()).status()).isEqualTo(200);

        await().atMost(KEY_CACHE_BOUND).until(() -> backOffice.get("/admin/products/" + productId).status() == 401);
    }

    @Test
    void publishableKeysAreRebuiltWhileServingAndFollowTheNextRevocation() throws InterruptedException {
        rebuildWhileServing("publishable-keys");

        assertThat(admin().post("/admin/api-keys/" + shopKeyId + "/revoke", Map.of()).status()).isEqualTo(200);

        await().atMost(KEY_CACHE_BOUND).until(() -> shop.get(ourProduct()).status() == 400);
        Response newKey = admin().post("/admin/api-keys", Map.of("title", "Next " + token, "type", "publishable"));
        ApiClient next = anonymous().asStorefront(newKey.text("/api_key/token"));
        await().atMost(KEY_CACHE_BOUND).until(() -> next.get(ourProduct()).status() == 200);
    }

    /**
     * A product document wrong in the table, and so in every cache, at the version its events made:
     * the rebuild writes the right one at the same version, and it shows as soon as the rebuild is done.
     */
    @Test
    void noCacheServesTheOldTablesOnceARebuildIsDone() {
        String hat = "Hat " + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String wrong = hat.replace("Hat", "Wrong");
        String search = "/store/products?q=" + hat.substring(4);
        String id = Ids.next("prod");
        // Sent without the admin API, whose answer would render (and cache) the product first.
        commands.sendAndWait(new CreateProductCommand(id, hat, null, null, null, "published", null, List.of(),
                List.of(), List.of(), List.of(), null, List.of(), null, null, PhysicalAttributes.NONE, null, Map.of()));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT COUNT(*) FROM product_view WHERE id = ?")
                .param(id).query(Long.class).single() == 1);
        // Wrong at the version its events made, and announced like any change: the caches take it up.
        jdbc.sql("UPDATE product_view SET title = ?, document = replace(document, ?, ?) WHERE id = ?")
                .params(wrong, hat, wrong, id).update();
        jdbc.sql("UPDATE catalog_stamp SET stamp = stamp + 1 WHERE name = 'product-view'").update();
        await().atMost(Duration.ofSeconds(2)).until(() -> wrong.equals(shop.get(search).text("/products/0/title")));
        assertThat(admin().get("/admin/products/" + id).text("/product/title")).isEqualTo(wrong);

        rebuild("product-view");

        assertThat(admin().get("/admin/products/" + id).text("/product/title")).isEqualTo(hat);
        assertThat(shop.get(search).text("/products/0/title")).isEqualTo(hat);
    }

    /**
     * Rebuilds the read model while a storefront (its own publishable key) and a back office (its
     * own secret key) keep reading our product; both are always answered, and afterwards the tables
     * and the listings are what they were. A catalog read model's stamp moves on once, at the swap.
     */
    private void rebuildWhileServing(String name) throws InterruptedException {
        List<String> tables = projections.readModel(name).orElseThrow().tables();
        awaitCaughtUp(name);
        Map<String, List<Map<String, Object>>> rows = rows(tables);
        Map<String, JsonNode> listings = listings();
        Optional<Long> stamp = stamp(name);
        String expected = "200 Shirt " + token + " 7";

        List<String> seen = new CopyOnWriteArrayList<>();
        AtomicInteger reads = new AtomicInteger();
        AtomicBoolean reading = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            while (reading.get()) {
                Response store = shop.get(ourProduct());
                String read = store.status() + " " + store.text("/products/0/title") + " "
                        + store.body().at("/products/0/variants/0/inventory_quantity").asLong();
                Response office = backOffice.get("/admin/products/" + productId);
                if (!read.equals(expected) || office.status() != 200) {
                    seen.add(read + " / back office " + office.status());
                }
                reads.incrementAndGet();
            }
        });
        reader.start();
        try {
            rebuild(name);
        } finally {
            reading.set(false);
            reader.join();
        }

        assertThat(reads).hasPositiveValue();
        assertThat(seen).as("reads that were not " + expected).isEmpty();
        assertThat(rows(tables)).isEqualTo(rows);
        assertThat(listings()).isEqualTo(listings);
        stamp.ifPresent(before -> assertThat(stamp(name)).contains(before + 1));
    }

    private void rebuild(String name) {
        Response started = admin().post("/admin/projections/" + name + "/rebuild", Map.of());
        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        assertThat(started.text("/projection/rebuild/mode")).isEqualTo("shadow");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode projection = admin().get("/admin/projections/" + name).body().at("/projection");
            assertThat(projection.at("/rebuild/status").asString()).as(projection.toString()).isEqualTo("completed");
        });
    }

    private String ourProduct() {
        return "/store/products?q=" + token;
    }

    private void awaitCaughtUp(String name) {
        await().atMost(Duration.ofSeconds(20)).until(() ->
                admin().get("/admin/projections/" + name).body().at("/projection/lag_events").asLong() == 0);
    }

    private Map<String, List<Map<String, Object>>> rows(List<String> tables) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        tables.forEach(table -> rows.put(table,
                jdbc.sql("SELECT * FROM " + table + " ORDER BY 1, 2").query().listOfRows()));
        return rows;
    }

    /** Everything the catalog shows, to storefronts and to the admin. */
    private Map<String, JsonNode> listings() {
        Map<String, JsonNode> listings = new LinkedHashMap<>();
        for (String path : List.of("/store/products?limit=1000", "/admin/products?limit=1000",
                "/store/product-categories?limit=1000", "/admin/collections?limit=1000")) {
            Response listing = path.startsWith("/store") ? shop.get(path) : admin().get(path);
            assertThat(listing.status()).as(path).isEqualTo(200);
            listings.put(path, listing.body());
        }
        return listings;
    }

    private Optional<Long> stamp(String name) {
        return jdbc.sql("SELECT stamp FROM catalog_stamp WHERE name = ?").param(name).query(Long.class).optional();
    }
}
