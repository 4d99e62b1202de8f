package io.cartlog.app.checkout;

import io.cartlog.app.support.CartlogNode;
import io.cartlog.app.support.LocalStripe;
import io.cartlog.platform.testing.ApiClient;
import io.cartlog.platform.testing.ApiClient.Response;
import io.cartlog.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Cartlog killed in the middle of a checkout, after Stripe authorized the payment and stock was
 * reserved but before the order was placed, then started again on the same database.
 * <p>
 * The test stops the checkout at that point without any hook in the application: it holds the
 * lock on the store's order-number row, which placing the order must take.
 */
class CheckoutCrashIT {

    private static final Map<String, Object> ADDRESS = Map.of("first_name", "Ada", "last_name", "Lovelace",
            "address_1", "Unter den Linden 1", "city", "Berlin", "postal_code", "10117", "country_code", "de");

    private final String database = PostgresTestDatabase.create();
    private final LocalStripe stripe = new LocalStripe();
    private CartlogNode node;

    @AfterEach
    void stop() {
        if (node != null) {
            node.close();
        }
        stripe.close();
    }

    @Test
    void aNodeKilledBetweenAuthorizationAndOrderFinishesTheCheckoutOnceAfterRestart() throws Exception {
        node = CartlogNode.start("checkout-crash-node-1", database, stripe.url());
        String productId = managedProduct(node.admin(), 10);
        await().untilAsserted(() -> assertThat(inventoryOf(node.store(), productId)).isEqualTo(10));
        String variant = node.store().get("/store/products/" + productId).text("/product/variants/0/id");
        String cartId = readyCart(node.store(), variant, 2);
        String key = "key-" + UUID.randomUUID();

        try (Connection blocker = connect()) {
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                lock.execute("SELECT last_number FROM order_number FOR UPDATE");
            }
            ApiClient shopper = node.store().withHeader("Idempotency-Key", key);
            CompletableFuture.runAsync(() -> shopper.post("/store/carts/" + cartId + "/complete", Map.of()));
            await().atMost(Duration.ofSeconds(30)).until(this::checkoutWaitsForTheOrderNumber);
            assertThat(stripe.intents.values()).singleElement()
                    .satisfies(intent -> assertThat(intent).containsEntry("status", "requires_capture"));

            node.kill();
            blocker.rollback();
        }
        assertThat(count("payload_type LIKE '%OrderPlacedEvent'")).isZero();
        assertThat(count("payload_type LIKE '%PaymentAuthorizedEvent'")).isZero();

        node = CartlogNode.start("checkout-crash-node-2", database, stripe.url());
        Response retried = await().atMost(Duration.ofMinutes(1)).until(
                () -> node.store().withHeader("Idempotency-Key", key).post("/store/carts/" + cartId + "/complete", Map.of()),
                answer -> answer.status() == 200);

        assertThat(retried.text("/type")).as(retried.body().toString()).isEqualTo("order");
        JsonNode order = retried.body().at("/order");
        assertThat(count("payload_type LIKE '%OrderPlacedEvent'")).isOne();
        assertThat(count("payload_type LIKE '%PaymentAuthorizedEvent'")).isOne();
        assertThat(count("payload_type LIKE '%StockReservedEvent'")).isOne();
        assertThat(stripe.intents.values()).singleElement().satisfies(intent -> assertThat(intent)
                .containsEntry("status", "requires_capture").containsEntry("amount", order.at("/total").asLong()));
        assertThat(order.at("/display_id").asLong()).isOne();
        assertThat(node.store().get("/store/carts/" + cartId).body().at("/cart/completed_at").isNull()).isFalse();
        await().untilAsserted(() -> assertThat(inventoryOf(node.store(), productId)).isEqualTo(8));
    }

    private boolean checkoutWaitsForTheOrderNumber() throws SQLException {
        String name = database.substring(database.lastIndexOf('/') + 1);
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet waiting = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = '"
                     + name + "' AND wait_event_type = 'Lock' AND query LIKE '%order_number%'")) {
            waiting.next();
            return waiting.getLong(1) == 1;
        }
    }

    private long count(String condition) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM domain_event_entry WHERE " + condition)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database, PostgresTestDatabase.user(), PostgresTestDatabase.password());
    }

    private static long inventoryOf(ApiClient store, String productId) {
        return store.get("/store/products/" + productId).body().at("/product/variants/0/inventory_quantity").asLong();
    }

    /** A cart with an email, a shipping address, standard shipping and a Stripe session the shopper confirmed. */
    private static String readyCart(ApiClient store, String variant, int quantity) {
        Response created = store.post("/store/carts", Map.of("email", "ada@example.test", "shipping_address", ADDRESS,
                "items", List.of(Map.of("variant_id", variant, "quantity", quantity))));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        String cartId = created.text("/cart/id");
        String option = store.get("/store/shipping-options?cart_id=" + cartId).text("/shipping_options/0/id");
        assertThat(store.post("/store/carts/" + cartId + "/shipping-methods", Map.of("option_id", option)).status())
                .isEqualTo(200);
        Response collection = store.post("/store/payment-collections", Map.of("cart_id", cartId));
        Response session = store.post("/store/payment-collections/" + collection.text("/payment_collection/id")
                + "/payment-sessions", Map.of("provider_id", "pp_stripe_stripe"));
        assertThat(session.status()).as(session.body().toString()).isEqualTo(200);
        return cartId;
    }

    /** A new published one-variant product at 10.00 EUR whose stock is managed. */
    private static String managedProduct(ApiClient admin, int stock) {
        Response created = admin.post("/admin/products", Map.of("title", "Crash tee", "status", "published",
                "options", List.of(Map.of("title", "Size", "values", List.of("S"))),
                "variants", List.of(Map.of("title", "S", "options", Map.of("Size", "S"), "manage_inventory", true,
                        "prices", List.of(Map.of("currency_code", "eur", "amount", 1000)),
                        "inventory_quantity", stock))));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        return created.text("/product/id");
    }
}
