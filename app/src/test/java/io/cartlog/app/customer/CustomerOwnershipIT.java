package io.cartlog.app.customer;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.platform.testing.ApiClient;
import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's carts and orders are theirs alone: anyone else, logged in or not, gets the 404 of
 * a cart or order that does not exist. Anonymous carts stay open to whoever holds their id, and a
 * customer can take one over.
 */
class CustomerOwnershipIT extends CartlogIT {

    /** A new customer's client, logged in with a bearer token. */
    private ApiClient customer() {
        String email = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        String registration = anonymous().post("/auth/customer/emailpass/register",
                Map.of("email", email, "password", "correct horse")).text("/token");
        store().withHeader("Authorization", "Bearer " + registration).post("/store/customers", Map.of());
        String token = anonymous().post("/auth/customer/emailpass", Map.of("email", email, "password", "correct horse"))
                .text("/token");
        return store().withHeader("Authorization", "Bearer " + token);
    }

    private static String newCart(ApiClient client) {
        Response created = client.post("/store/carts", Map.of());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        return created.text("/cart/id");
    }

    @Test
    void aCartCreatedByACustomerIsTheirsAlone() {
        ApiClient ada = customer();
        ApiClient grace = customer();
        String adasEmail = ada.get("/store/customers/me").text("/customer/email");

        Response created = ada.post("/store/carts", Map.of("items",
                List.of(Map.of("variant_id", variant("classic-t-shirt"), "quantity", 1))));
        String cartId = created.text("/cart/id");

        assertThat(created.text("/cart/customer_id")).isEqualTo(ada.get("/store/customers/me").text("/customer/id"));
        assertThat(created.text("/cart/email")).isEqualTo(adasEmail);
        assertThat(ada.get("/store/carts/" + cartId).status()).isEqualTo(200);
        for (ApiClient stranger : List.of(grace, store())) {
            assertError(stranger.get("/store/carts/" + cartId), 404, "cart_not_found",
                    "Cart with id '" + cartId + "' not found");
            assertError(stranger.post("/store/carts/" + cartId + "/line-items",
                    Map.of("variant_id", variant("classic-t-shirt"), "quantity", 1)), 404, "cart_not_found", null);
            assertError(stranger.post("/store/carts/" + cartId, Map.of("email", "thief@example.test")), 404,
                    "cart_not_found", null);
        }
        assertError(grace.post("/store/carts/" + cartId + "/customer", Map.of()), 404, "cart_not_found", null);
        assertThat(ada.get("/store/carts/" + cartId).body().at("/cart/items/0/quantity").asLong()).isEqualTo(1);
    }

    @Test
    void aCustomerTakesOverAnAnonymousCartAndNamesOnlyThemselves() {
        ApiClient ada = customer();
        JsonNode adaMe = ada.get("/store/customers/me").body().at("/customer");
        String cartId = newCart(store());

        assertError(store().post("/store/carts/" + cartId + "/customer", Map.of()), 401, "unauthorized", null);
        assertError(store().post("/store/carts/" + cartId, Map.of("customer_id", adaMe.at("/id").asString())), 400,
                "invalid_data", null);

        Response taken = ada.post("/store/carts/" + cartId + "/customer", Map.of());

        assertThat(taken.status()).as(taken.body().toString()).isEqualTo(200);
        assertThat(taken.text("/cart/customer_id")).isEqualTo(adaMe.at("/id").asString());
        assertThat(taken.text("/cart/email")).isEqualTo(adaMe.at("/email").asString());
        assertError(store().get("/store/carts/" + cartId), 404, "cart_not_found", null);
    }

    @Test
    void aCustomersOrdersAreListedForThemAndHiddenFromOthers() {
        ApiClient ada = customer();
        ApiClient grace = customer();
        String cartId = newCart(ada);
        ada.post("/store/carts/" + cartId + "/line-items", Map.of("variant_id", variant("classic-t-shirt"), "quantity", 1));
        ada.post("/store/carts/" + cartId, Map.of("shipping_address", ADDRESS));
        String optionId = ada.get("/store/shipping-options?cart_id=" + cartId).body()
                .at("/shipping_options/0/id").asString();
        ada.post("/store/carts/" + cartId + "/shipping-methods", Map.of("option_id", optionId));
        String collectionId = ada.post("/store/payment-collections", Map.of("cart_id", cartId))
                .text("/payment_collection/id");
        assertError(grace.post("/store/payment-collections/" + collectionId + "/payment-sessions",
                Map.of("provider_id", "pp_system_default")), 404, "not_found", null);
        ada.post("/store/payment-collections/" + collectionId + "/payment-sessions",
                Map.of("provider_id", "pp_system_default"));

        Response completed = ada.withHeader("Idempotency-Key", "key-" + UUID.randomUUID())
                .post("/store/carts/" + cartId + "/complete", Map.of());

        assertThat(completed.text("/type")).as(completed.body().toString()).isEqualTo("order");
        String orderId = completed.text("/order/id");
        assertThat(completed.text("/order/customer_id")).isEqualTo(ada.get("/store/customers/me").text("/customer/id"));
        Response adasOrders = ada.get("/store/orders");
        assertThat(adasOrders.status()).isEqualTo(200);
        assertThat(adasOrders.body().at("/count").asLong()).isEqualTo(1);
        assertThat(adasOrders.text("/orders/0/id")).isEqualTo(orderId);
        assertThat(ada.get("/store/orders/" + orderId).status()).isEqualTo(200);
        assertThat(grace.get("/store/orders").body().at("/count").asLong()).isZero();
        assertError(grace.get("/store/orders/" + orderId), 404, "not_found", null);
        assertError(store().get("/store/orders/" + orderId), 404, "not_found", null);
        assertError(store().get("/store/orders"), 401, "unauthorized", null);
        assertError(grace.post("/store/returns", Map.of("order_id", orderId,
                "items", List.of(Map.of("id", completed.text("/order/items/0/id"), "quantity", 1)))), 404,
                "not_found", null);
    }
}
