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
import java.util.UUID;

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
    protected static final Map<String, Object> ADDRESS = Map.of("first_name", "Ada", "last_name", "Lovelace",
            "address_1", "Unter den Linden 1", "city", "Berlin", "postal_code", "10117", "country_code", "de");
    /**
     * A local Stripe for the whole run: with Stripe configured in every test, all tests share one
     * application. A second application on the same database is a second node, and after it
     * stopped the first one's processors answered read-your-writes far slower (see the session
     * notes of 2026-11-22).
     */
    protected static final LocalStripe STRIPE = new LocalStripe();
    /** Signs customer tokens, so tests can make expired ones. */
    protected static final String JWT_SECRET = "cartlog-test-jwt-secret-of-at-least-32-bytes";
    /** Where password reset tokens go, and the secret their POSTs are signed with. */
    protected static final NotificationReceiver RESET_NOTIFICATIONS = new NotificationReceiver();
    protected static final String RESET_NOTIFICATION_SECRET = "whsec_" + java.util.Base64.getEncoder()
            .encodeToString("cartlog-test-reset-notification-key".getBytes(java.nio.charset.StandardCharsets.UTF_8));

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
        registry.add("cartlog.auth.jwt-secret", () -> JWT_SECRET);
        registry.add("cartlog.auth.reset-notification-url", RESET_NOTIFICATIONS::url);
        registry.add("cartlog.auth.reset-notification-secret", () -> RESET_NOTIFICATION_SECRET);
        // Webhook receivers are local, and retries come quickly so that a dead letter is seconds away.
        registry.add("cartlog.webhooks.allow-private-targets", () -> "true");
        registry.add("cartlog.webhooks.retry-schedule", () -> "100ms,200ms,300ms,400ms");
        registry.add("cartlog.webhooks.read-timeout", () -> "2s");
        registry.add("cartlog.webhooks.poll-interval", () -> "100ms");
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

    /** A new published one-variant product at 10.00 EUR whose stock is managed, with {@code stock} units. */
    protected String managedVariant(int stock) {
        Response created = admin().post("/admin/products", Map.of("title", "Last tee " + UUID.randomUUID(),
                "status", "published", "options", List.of(Map.of("title", "Size", "values", List.of("S"))),
                "variants", List.of(Map.of("title", "S", "options", Map.of("Size", "S"), "manage_inventory", true,
                        "prices", List.of(Map.of("currency_code", "eur", "amount", 1000)),
                        "inventory_quantity", stock))));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        return created.text("/product/variants/0/id");
    }

    /** A cart with an email, a shipping address, standard shipping and a system payment session. */
    protected String readyCart(String variant, int quantity) {
        return readyCart(variant, quantity, "pp_system_default");
    }

    /** A cart with an email, a shipping address, standard shipping and a session with {@code providerId}. */
    protected String readyCart(String variant, int quantity, String providerId) {
        Response created = store().post("/store/carts", Map.of("email", "ada@example.test", "shipping_address", ADDRESS,
                "items", List.of(Map.of("variant_id", variant, "quantity", quantity))));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        String cartId = created.text("/cart/id");
        shipStandard(cartId);
        Response collection = store().post("/store/payment-collections", Map.of("cart_id", cartId));
        assertThat(collection.status()).as(collection.body().toString()).isEqualTo(200);
        Response session = store().post("/store/payment-collections/" + collection.text("/payment_collection/id")
                + "/payment-sessions", Map.of("provider_id", providerId));
        assertThat(session.status()).as(session.body().toString()).isEqualTo(200);
        return cartId;
    }

    protected void shipStandard(String cartId) {
        JsonNode options = store().get("/store/shipping-options?cart_id=" + cartId).body().at("/shipping_options");
        Response shipped = store().post("/store/carts/" + cartId + "/shipping-methods",
                Map.of("option_id", options.get(0).path("id").asString()));
        assertThat(shipped.status()).as(shipped.body().toString()).isEqualTo(200);
    }

    protected Response complete(String cartId, String key) {
        return store().withHeader("Idempotency-Key", key).post("/store/carts/" + cartId + "/complete", Map.of());
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
