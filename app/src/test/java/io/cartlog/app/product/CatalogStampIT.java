package io.cartlog.app.product;

import io.cartlog.query.common.CatalogStamp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Storefront caches follow changes this node did not make itself, within the poll interval. */
class CatalogStampIT extends CatalogIT {

    @Autowired
    private CatalogStamp stamp;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aChangeCommittedElsewhereMovesTheStampOn() {
        long before = stamp.current();

        jdbc.sql("UPDATE catalog_stamp SET stamp = stamp + 1 WHERE name = 'product-view'").update();

        await().atMost(Duration.ofSeconds(2)).until(() -> stamp.current() > before);
    }

    @Test
    void aCachedListingIsNotServedAfterAChangeCommittedElsewhere() {
        String token = token();
        String id = createProduct(shirt("Elsewhere " + token));
        assertThat(store().get("/store/products?q=" + token).text("/products/0/title")).isEqualTo("Elsewhere " + token);

        // What another node's projection would commit: the document and the counter, together.
        jdbc.sql("UPDATE product_view SET status = 'draft' WHERE id = ?").param(id).update();
        jdbc.sql("UPDATE catalog_stamp SET stamp = stamp + 1 WHERE name = 'product-view'").update();

        await().atMost(Duration.ofSeconds(2)).until(() ->
                store().get("/store/products?q=" + token).body().get("count").asLong() == 0);
        assertThat(admin().post("/admin/products/" + id, Map.of("status", "published")).status()).isEqualTo(200);
    }
}
