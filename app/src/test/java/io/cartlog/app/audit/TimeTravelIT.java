package io.cartlog.app.audit;

import io.cartlog.app.order.PlacedOrderIT;
import io.cartlog.platform.testing.ApiClient;
import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code as_of}: a cart, an order or a customer as it was at a version or a moment, folded from its events. */
class TimeTravelIT extends PlacedOrderIT {

    @Test
    void aCartAsOfEachVersionShowsWhatItsEventsHadMadeOfIt() {
        String tee = variant("classic-t-shirt");
        String cartId = store().post("/store/carts", Map.of("email", "ada@example.test")).text("/cart/id");
        store().post("/store/carts/" + cartId + "/line-items", Map.of("variant_id", tee, "quantity", 1));
        store().post("/store/carts/" + cartId + "/line-items", Map.of("variant_id", tee, "quantity", 2));

        JsonNode created = admin().get("/admin/carts/" + cartId + "?as_of=0").body().at("/cart");
        JsonNode oneTee = admin().get("/admin/carts/" + cartId + "?as_of=1").body().at("/cart");
        JsonNode latest = admin().get("/admin/carts/" + cartId + "?as_of=2").body().at("/cart");

        assertThat(created.at("/items")).isEmpty();
        assertThat(created.at("/version").asLong()).isZero();
        assertThat(oneTee.at("/items/0/quantity").asLong()).isEqualTo(1);
        assertThat(oneTee.at("/total").asLong()).isEqualTo(oneTee.at("/items/0/total").asLong());
        assertThat(latest.at("/items/0/quantity").asLong()).isEqualTo(3);
        assertThat(latest).isEqualTo(admin().get("/admin/carts/" + cartId).body().at("/cart"));
    }

    @Test
    void theCartAsItWasWhenItsPaymentWasAuthorized() {
        JsonNode order = placeOrder(variant("classic-t-shirt"), 2, "pp_system_default");
        String cartId = order.at("/cart_id").asString();
        String collectionId = order.at("/payment_collections/0/id").asString();
        JsonNode authorized = admin().get("/admin/events?resource_id=" + collectionId + "&type=payment.authorized")
                .body().at("/events/0");

        JsonNode whenPaid = admin().get("/admin/carts/" + cartId + "?as_of=" + authorized.at("/occurred_at").asString())
                .body().at("/cart");

        assertThat(whenPaid.at("/payment_collection/status").asString()).isEqualTo("authorized");
        assertThat(whenPaid.at("/completed_at").isNull()).isTrue();
        assertThat(whenPaid.at("/items/0/quantity").asLong()).isEqualTo(2);
        assertThat(admin().get("/admin/carts/" + cartId).body().at("/cart/completed_at").isNull()).isFalse();
    }

    @Test
    void anOrderAsOfItsPlacementWasPendingBeforeItWasCanceled() {
        JsonNode placed = placeOrder(variant("classic-t-shirt"), 1, "pp_system_default");
        String orderId = placed.at("/id").asString();
        assertThat(act(orderId, "cancel", Map.of()).status()).isEqualTo(200);
        JsonNode canceled = order(orderId);

        JsonNode atPlacement = admin().get("/admin/orders/" + orderId + "?as_of=0").body().at("/order");
        JsonNode atCancellation = admin().get("/admin/orders/" + orderId + "?as_of=1").body().at("/order");
        JsonNode now = admin().get("/admin/orders/" + orderId + "?as_of=" + Instant.now()).body().at("/order");

        assertThat(atPlacement.at("/status").asString()).isEqualTo("pending");
        assertThat(atPlacement.at("/canceled_at").isNull()).isTrue();
        assertThat(canceled.at("/status").asString()).isEqualTo("canceled");
        assertThat(atCancellation.at("/status").asString()).isEqualTo("canceled");
        assertThat(now).isEqualTo(canceled);
    }

    @Test
    void aCustomerAsOfTheirCreationHadTheirFirstName() {
        String email = "time-" + UUID.randomUUID() + "@example.test";
        String registration = anonymous().post("/auth/customer/emailpass/register",
                Map.of("email", email, "password", "correct horse")).text("/token");
        String customerId = bearer(registration).post("/store/customers", Map.of("first_name", "Ada"))
                .text("/customer/id");
        String token = anonymous().post("/auth/customer/emailpass", Map.of("email", email, "password", "correct horse"))
                .text("/token");
        Response renamed = bearer(token).post("/store/customers/me", Map.of("first_name", "Augusta"));
        assertThat(renamed.status()).as(renamed.body().toString()).isEqualTo(200);

        JsonNode atCreation = admin().get("/admin/customers/" + customerId + "?as_of=0").body().at("/customer");
        JsonNode today = admin().get("/admin/customers/" + customerId).body().at("/customer");

        assertThat(atCreation.at("/first_name").asString()).isEqualTo("Ada");
        assertThat(today.at("/first_name").asString()).isEqualTo("Augusta");
    }

    @Test
    void aMomentOrVersionTheResourceDidNotHaveIsRefused() {
        String cartId = store().post("/store/carts", Map.of()).text("/cart/id");

        assertError(admin().get("/admin/carts/" + cartId + "?as_of=7"), 400, "invalid_data",
                "Invalid request: Cart '" + cartId + "' has no version 7; its latest is 0");
        assertError(admin().get("/admin/carts/" + cartId + "?as_of=last-tuesday"), 400, "invalid_data", null);
        assertError(admin().get("/admin/carts/" + cartId + "?as_of=2001-01-01T00:00:00Z"), 404, "cart_not_found", null);
        assertError(admin().get("/admin/carts/cart_missing?as_of=0"), 404, "cart_not_found", null);
        assertError(admin().get("/admin/customers/" + cartId + "?as_of=0"), 404, "customer_not_found", null);
        assertError(admin().get("/admin/orders/" + cartId + "?as_of=0"), 404, "not_found", null);
    }

    private ApiClient bearer(String token) {
        return store().withHeader("Authorization", "Bearer " + token);
    }
}
