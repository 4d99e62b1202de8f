package io.cartlog.app.order;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.platform.testing.ApiClient.Response;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Orders placed through the store API, and the admin calls the order tests share. */
public abstract class PlacedOrderIT extends CartlogIT {

    /** An order of {@code quantity} units of {@code variant}, paid with {@code providerId}. */
    protected JsonNode placeOrder(String variant, int quantity, String providerId) {
        Response completed = complete(readyCart(variant, quantity, providerId), "key-" + UUID.randomUUID());
        assertThat(completed.text("/type")).as(completed.body().toString()).isEqualTo("order");
        return completed.body().at("/order");
    }

    protected JsonNode order(String orderId) {
        return admin().get("/admin/orders/" + orderId).body().at("/order");
    }

    protected static String paymentId(JsonNode order) {
        return order.at("/payment_collections/0/payment_id").asString();
    }

    protected Response capture(String paymentId, Map<String, Object> body) {
        return admin().post("/admin/payments/" + paymentId + "/capture", body);
    }

    protected Response refund(String paymentId, long amount) {
        return admin().post("/admin/payments/" + paymentId + "/refund", Map.of("amount", amount));
    }

    /** {@code POST /admin/orders/{id}/<action>}. */
    protected Response act(String orderId, String action, Object body) {
        return admin().post("/admin/orders/" + orderId + "/" + action, body);
    }
}
