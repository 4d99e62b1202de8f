package io.cartlog.app.checkout;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Completing carts with the system payment provider against the demo catalog (Europe: EUR, 19 % tax). */
class CheckoutIT extends CartlogIT {

    @Test
    void aShopperWhoPaysGetsAnOrderWithTheCartsItemsAndTotals() {
        String cartId = readyCart(variant("classic-t-shirt"), 2);
        JsonNode cart = store().get("/store/carts/" + cartId).body().at("/cart");

        Response completed = complete(cartId, "key-" + UUID.randomUUID());

        assertThat(completed.status()).as(completed.body().toString()).isEqualTo(200);
        assertThat(completed.text("/type")).isEqualTo("order");
        JsonNode order = completed.body().at("/order");
        assertThat(order.at("/id").asString()).startsWith("order_");
        assertThat(order.at("/display_id").asLong()).isPositive();
        assertThat(order.at("/status").asString()).isEqualTo("pending");
        assertThat(order.at("/email").asString()).isEqualTo("ada@example.test");
        assertThat(order.at("/total").asLong()).isEqualTo(cart.at("/total").asLong());
        assertThat(order.at("/items/0/quantity").asLong()).isEqualTo(2);
        assertThat(order.at("/items/0/id").asString()).startsWith("ordli_");
        assertThat(store().get("/store/orders/" + order.at("/id").asString()).body().at("/order")).isEqualTo(order);
        assertThat(store().get("/store/carts/" + cartId).body().at("/cart/completed_at").isNull()).isFalse();
        assertThat(admin().get("/admin/orders/" + order.at("/id").asString()).body().at("/order")).isEqualTo(order);
        assertThat(admin().get("/admin/orders?limit=1").body().at("/orders/0/id").asString())
                .isEqualTo(order.at("/id").asString());
        assertThat(store().get("/admin/orders").status()).isEqualTo(401);
    }

    @Test
    void aRetryWithTheSameKeyAndACompletionOfACompletedCartAnswerTheSameOrder() {
        String cartId = readyCart(variant("classic-t-shirt"), 1);
        String key = "key-" + UUID.randomUUID();

        Response first = complete(cartId, key);
        Response retried = complete(cartId, key);
        Response other = complete(cartId, "key-" + UUID.randomUUID());

        assertThat(retried.body()).isEqualTo(first.body());
        assertThat(other.text("/order/id")).isEqualTo(first.text("/order/id"));
    }

    @Test
    void aCompletedCartTakesNoMoreChanges() {
        String variant = variant("classic-t-shirt");
        String cartId = readyCart(variant, 1);
        complete(cartId, "key-" + UUID.randomUUID());

        Response added = store().post("/store/carts/" + cartId + "/line-items", Map.of("variant_id", variant, "quantity", 1));

        assertThat(added.status()).isEqualTo(400);
        assertThat(added.text("/code")).isEqualTo("cart_completed");
        assertThat(added.text("/message")).isEqualTo("Cart " + cartId + " is already completed.");
    }

    @Test
    void aCartWithoutAddressOrPaymentIsRefusedBeforeAnyWorkAndStaysOpen() {
        String variant = variant("classic-t-shirt");
        String noAddress = store().post("/store/carts", Map.of("items", List.of(Map.of("variant_id", variant, "quantity", 1))))
                .text("/cart/id");
        String noPayment = store().post("/store/carts", Map.of("email", "ada@example.test", "shipping_address", ADDRESS,
                "items", List.of(Map.of("variant_id", variant, "quantity", 1)))).text("/cart/id");
        shipStandard(noPayment);
        long version = store().get("/store/carts/" + noPayment).body().at("/cart/version").asLong();

        Response withoutAddress = complete(noAddress, "key-" + UUID.randomUUID());
        Response withoutPayment = complete(noPayment, "key-" + UUID.randomUUID());

        assertThat(withoutAddress.status()).isEqualTo(400);
        assertThat(withoutAddress.text("/code")).isEqualTo("invalid_shipping_address");
        assertThat(withoutPayment.status()).isEqualTo(400);
        assertThat(withoutPayment.text("/code")).isEqualTo("payment_required");
        assertThat(store().get("/store/carts/" + noPayment).body().at("/cart/version").asLong()).isEqualTo(version);
    }

    @Test
    void anOverlongIdempotencyKeyIsRefusedAndTheCartStaysOpen() {
        String cartId = readyCart(variant("classic-t-shirt"), 1);
        long version = store().get("/store/carts/" + cartId).body().at("/cart/version").asLong();

        Response refused = complete(cartId, "k".repeat(256));

        assertError(refused, 400, "invalid_data", "Invalid request: Header 'Idempotency-Key' must be at most 255 characters");
        assertThat(store().get("/store/carts/" + cartId).body().at("/cart/version").asLong()).isEqualTo(version);
    }

    @Test
    void twentyShoppersRaceForTheLastUnitAndExactlyOneGetsIt() throws Exception {
        String lastUnit = managedVariant(1);
        List<String> carts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            carts.add(readyCart(lastUnit, 1));
        }

        List<Response> answers = completeAtOnce(carts);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200));
        assertThat(answers).filteredOn(answer -> answer.text("/type").equals("order")).hasSize(1);
        List<Response> refused = answers.stream().filter(answer -> answer.text("/type").equals("cart")).toList();
        assertThat(refused).hasSize(19).allSatisfy(answer -> {
            assertThat(answer.text("/error/code")).isEqualTo("insufficient_inventory");
            assertThat(answer.body().at("/cart/completed_at").isNull()).isTrue();
        });
        assertThat(refused.get(0).body().at("/cart/items/0/variant_id").asString()).isEqualTo(lastUnit);
    }

    @Test
    void twoCompletionsOfOneCartRacingPlaceOneOrder() throws Exception {
        String cartId = readyCart(variant("classic-t-shirt"), 1);

        List<Response> answers = completeAtOnce(List.of(cartId, cartId));

        Set<String> orders = new HashSet<>();
        for (Response answer : answers) {
            assertThat(answer.status()).as(answer.body().toString()).isIn(200, 409);
            if (answer.status() == 200) {
                orders.add(answer.text("/order/id"));
            }
        }
        assertThat(orders).hasSize(1);
    }

    /** Completes each cart, each with a key of its own, all at the same time. */
    private List<Response> completeAtOnce(List<String> carts) throws Exception {
        ExecutorService shoppers = Executors.newFixedThreadPool(carts.size());
        try {
            List<Future<Response>> pending = new ArrayList<>();
            for (String cartId : carts) {
                pending.add(shoppers.submit(() -> complete(cartId, "key-" + UUID.randomUUID())));
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            shoppers.shutdown();
        }
    }
}
