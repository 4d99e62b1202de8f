package io.cartlog.app.support;

import io.cartlog.app.CartlogApplication;
import io.cartlog.platform.testing.ApiClient;
import io.cartlog.platform.testing.ApiClient.Response;
import io.cartlog.platform.testing.PostgresTestDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cartlog in one process on a PostgreSQL database created for the run, driven through HTTP.
 * All integration tests share the context, so each creates the data it asserts on.
 */
@SpringBootTest(classes = CartlogApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class CartlogIT {

    protected static final String ADMIN_KEY = "sk_test_admin";
    protected static final String PUBLISHABLE_KEY = "pk_test_demo";
    protected static final String STRIPE_WEBHOOK_SECRET = "whsec_test_cartlog";
    /**
     * A local Stripe for the whole run: with Stripe configured in every test, all tests share one
     * application. A second application on the same database is a second node, and after it
     * stopped the first one's processors answered read-your-writes far slower (see the session
     * notes of 2026-11-22).
     */
    protected static final LocalStripe STRIPE = new LocalStripe();

    @Value("${local.server.port}")
    private int port;

    @DynamicPropertySource
    static void cartlogProperties(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
        registry.add("cartlog.admin-api-key", () -> ADMIN_KEY);
        registry.add("cartlog.demo.publishable-key", () -> PUBLISHABLE_KEY);
        registry.add("cartlog.data-dir", CartlogIT::temporaryDataDir);
        registry.add("cartlog.payments.stripe.api-key", () -> "sk_test_cartlog");
        registry.add("cartlog.payments.stripe.webhook-secret", () -> STRIPE_WEBHOOK_SECRET);
        registry.add("cartlog.payments.stripe.api-base", STRIPE::url);
    }

    protected ApiClient anonymous() {
        return ApiClient.at(port);
    }

    protected ApiClient admin() {
        return anonymous().asAdmin(ADMIN_KEY);
    }

    protected ApiClient store() {
        return anonymous().asStorefront(PUBLISHABLE_KEY);
    }

    /** The first variant of the published product with this handle. */
    protected String variant(String handle) {
        Response products = store().get("/store/products?handle=" + handle);
        assertThat(products.body().at("/products")).as(handle).hasSize(1);
        return products.text("/products/0/variants/0/id");
    }

    /** The variant of a new one-variant product, 10.00 EUR, 10 in stock. */
    protected String adminVariant(Map<String, Object> product) {
        Map<String, Object> body = new HashMap<>(product);
        body.put("options", List.of(Map.of("title", "Size", "values", List.of("S"))));
        body.put("variants", List.of(Map.of("title", "S", "options", Map.of("Size", "S"),
                "prices", List.of(Map.of("currency_code", "eur", "amount", 1000)), "inventory_quantity", 10)));
        Response created = admin().post("/admin/products", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        return created.text("/product/variants/0/id");
    }

    protected String region(String name) {
        for (JsonNode region : store().get("/store/regions").body().at("/regions")) {
            if (region.path("name").asString().equals(name)) {
                return region.path("id").asString();
            }
        }
        throw new AssertionError("no region " + name);
    }

    /** The status and code, and the message unless {@code message} is null. */
    protected static void assertError(Response response, int status, String code, String message) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.text("/code")).isEqualTo(code);
        if (message != null) {
            assertThat(response.text("/message")).isEqualTo(message);
        }
    }

    private static String temporaryDataDir() {
        try {
            return Files.createTempDirectory("cartlog-it").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
