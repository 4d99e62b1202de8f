package io.cartlog.app.order;

import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /store/orders}: a guest finds an order with the email it was placed with (ada@example.test). */
class GuestOrderLookupIT extends PlacedOrderIT {

    @Test
    void aGuestFindsTheOrderByEmailAndIdOrDisplayIdInAnyCase() {
        JsonNode order = placeOrder(variant("classic-t-shirt"), 1, "pp_system_default");
        String id = order.at("/id").asString();

        Response byId = store().get("/store/orders?email=Ada@Example.test&id=" + id);
        Response byDisplayId = store().get("/store/orders?email=ada@example.test&display_id="
                + order.at("/display_id").asLong());

        assertThat(byId.status()).as(byId.body().toString()).isEqualTo(200);
        assertThat(byId.body().at("/order")).isEqualTo(store().get("/store/orders/" + id).body().at("/order"));
        assertThat(byDisplayId.text("/order/id")).isEqualTo(id);
    }

    @Test
    void anotherEmailOrAnUnknownOrderFindsNothingAndSaysNotWhich() {
        JsonNode order = placeOrder(variant("classic-t-shirt"), 1, "pp_system_default");

        Response otherEmail = store().get("/store/orders?email=eve@example.test&id=" + order.at("/id").asString());
        Response unknownOrder = store().get("/store/orders?email=ada@example.test&display_id=999999999");

        assertError(otherEmail, 404, "not_found", "No order matches that email");
        assertError(unknownOrder, 404, "not_found", "No order matches that email");
    }

    @Test
    void withoutAnEmailAndAnOrderNumberThereIsNothingToListYet() {
        assertError(store().get("/store/orders"), 401, "unauthorized", null);
        assertError(store().get("/store/orders?email=ada@example.test"), 401, "unauthorized", null);
        assertError(store().get("/store/orders?display_id=1"), 401, "unauthorized", null);
        assertError(store().get("/store/orders?email=ada@example.test&display_id=one"), 400, "invalid_data",
                "Invalid request: display_id must be a whole number");
    }
}
