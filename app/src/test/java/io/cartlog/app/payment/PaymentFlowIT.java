package io.cartlog.app.payment;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.command.payment.AuthorizePaymentCommand;
import io.cartlog.command.payment.CancelPaymentCommand;
import io.cartlog.platform.testing.ApiClient.Response;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Payment collections and sessions with the system provider, through Medusa v2's and v1's routes. */
class PaymentFlowIT extends CartlogIT {

    @Autowired
    private CommandGateway commands;

    @Test
    void aCartGetsOneCollectionForItsTotalAndASystemSessionShowsOnTheCart() {
        JsonNode cart = newCart();

        Response created = store().post("/store/payment-collections", Map.of("cart_id", cart.at("/id").asString()));
        Response again = store().post("/store/carts/" + cart.at("/id").asString() + "/payment-collections", Map.of());

        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        String collectionId = created.text("/payment_collection/id");
        assertThat(collectionId).startsWith("pay_col_");
        assertThat(created.body().at("/payment_collection/amount").asLong()).isEqualTo(cart.at("/total").asLong());
        assertThat(created.text("/payment_collection/currency_code")).isEqualTo("eur");
        assertThat(created.body().at("/payment_collection/payment_sessions")).isEmpty();
        assertThat(again.text("/payment_collection/id")).isEqualTo(collectionId);

        Response session = store().post("/store/payment-collections/" + collectionId + "/payment-sessions",
                Map.of("provider_id", "pp_system_default"));

        assertThat(session.status()).as(session.body().toString()).isEqualTo(200);
        JsonNode sessions = session.body().at("/payment_collection/payment_sessions");
        assertThat(sessions).hasSize(1);
        assertThat(sessions.at("/0/id").asString()).startsWith("payses_");
        assertThat(sessions.at("/0/provider_id").asString()).isEqualTo("pp_system_default");
        assertThat(sessions.at("/0/status").asString()).isEqualTo("pending");
        assertThat(sessions.at("/0/payment_collection_id").asString()).isEqualTo(collectionId);
        JsonNode onCart = store().get("/store/carts/" + cart.at("/id").asString()).body().at("/cart/payment_collection");
        assertThat(onCart).isEqualTo(session.body().at("/payment_collection"));
    }

    @Test
    void aNewV2SessionReplacesTheOldOne() {
        String collectionId = collection(newCart());
        String first = store().post("/store/payment-collections/" + collectionId + "/payment-sessions",
                Map.of("provider_id", "pp_system_default")).text("/payment_collection/payment_sessions/0/id");

        Response second = store().post("/store/payment-collections/" + collectionId + "/payment-sessions",
                Map.of("provider_id", "pp_system_default", "data", Map.of("note", "again")));

        assertThat(second.body().at("/payment_collection/payment_sessions")).hasSize(1);
        assertThat(second.text("/payment_collection/payment_sessions/0/id")).isNotEqualTo(first);
        assertThat(second.text("/payment_collection/payment_sessions/0/data/note")).isEqualTo("again");
    }

    @Test
    void badInputIsRefusedWithA4xxAndChangesNothing() {
        String collectionId = collection(newCart());

        Response unknownProvider = store().post("/store/payment-collections/" + collectionId + "/payment-sessions",
                Map.of("provider_id", "pp_nope"));
        Response noProvider = store().post("/store/payment-collections/" + collectionId + "/payment-sessions", Map.of());
        Response unknownCollection = store().post("/store/payment-collections/pay_col_nope/payment-sessions",
                Map.of("provider_id", "pp_system_default"));
        Response unknownCart = store().post("/store/payment-collections", Map.of("cart_id", "cart_nope"));
        Response noCart = store().post("/store/payment-collections", Map.of());

        assertThat(unknownProvider.status()).isEqualTo(400);
        assertThat(unknownProvider.text("/code")).isEqualTo("invalid_data");
        assertThat(noProvider.status()).isEqualTo(400);
        assertThat(unknownCollection.status()).isEqualTo(404);
        assertThat(unknownCollection.text("/code")).isEqualTo("payment_collection_not_found");
        assertThat(unknownCart.status()).isEqualTo(404);
        assertThat(unknownCart.text("/code")).isEqualTo("cart_not_found");
        assertThat(noCart.status()).isEqualTo(400);
        assertThat(store().post("/store/payment-collections/" + collectionId + "/payment-sessions",
                Map.of("provider_id", "pp_system_default")).body().at("/payment_collection/payment_sessions")).hasSize(1);
    }

    @Test
    void checkoutAuthorizesTheCartsTotalNowAndCancelsIt() {
        JsonNode cart = newCart();
        String cartId = cart.at("/id").asString();
        String collectionId = collection(cart);
        store().post("/store/payment-collections/" + collectionId + "/payment-sessions",
                Map.of("provider_id", "pp_system_default"));
        Response more = store().post("/store/carts/" + cartId + "/line-items",
                Map.of("variant_id", variant(), "quantity", 1));
        long total = more.body().at("/cart/total").asLong();

        commands.sendAndWait(new AuthorizePaymentCommand(collectionId, total));
        commands.sendAndWait(new AuthorizePaymentCommand(collectionId, total));

        JsonNode authorized = await().until(() -> paymentCollection(cartId),
                collection -> "authorized".equals(collection.at("/status").asString()));
        assertThat(authorized.at("/amount").asLong()).isEqualTo(total);
        assertThat(authorized.at("/payment_sessions/0/amount").asLong()).isEqualTo(total);
        assertThat(authorized.at("/payment_sessions/0/status").asString()).isEqualTo("authorized");
        assertThat(authorized.at("/payment_id").asString()).startsWith("pay_");

        commands.sendAndWait(new CancelPaymentCommand(collectionId));
        commands.sendAndWait(new CancelPaymentCommand(collectionId));

        JsonNode canceled = await().until(() -> paymentCollection(cartId),
                collection -> "canceled".equals(collection.at("/status").asString()));
        assertThat(canceled.at("/payment_sessions/0/status").asString()).isEqualTo("canceled");
    }

    @Test
    void authorizingACollectionWithoutASessionIsPaymentRequired() {
        String collectionId = collection(newCart());

        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> commands.sendAndWait(new AuthorizePaymentCommand(collectionId, 100)));

        assertThat(refused).hasMessageContaining("no payment session");
    }

    @Test
    void paymentProvidersOfARegion() {
        String regionId = store().get("/store/regions").text("/regions/0/id");

        Response providers = store().get("/store/payment-providers?region_id=" + regionId);

        // The tests' application has Stripe configured (against the run's local Stripe).
        assertThat(providers.status()).isEqualTo(200);
        assertThat(providers.text("/payment_providers/0/id")).isEqualTo("pp_system_default");
        assertThat(providers.text("/payment_providers/1/id")).isEqualTo("pp_stripe_stripe");
        assertThat(providers.body().at("/payment_providers/0/is_enabled").asBoolean()).isTrue();
        assertThat(providers.body().at("/count").asLong()).isEqualTo(2);
        assertThat(store().get("/store/payment-providers").status()).isEqualTo(400);
        assertThat(store().get("/store/payment-providers?region_id=reg_nope").status()).isEqualTo(404);
    }

    @Test
    void medusaV1SessionsOnePerProviderSelectedRefreshedAndDeleted() {
        String cartId = newCart().at("/id").asString();

        Response initialized = store().post("/store/carts/" + cartId + "/payment-sessions", Map.of());
        Response updated = store().post("/store/carts/" + cartId + "/payment-sessions/pp_system_default",
                Map.of("data", Map.of("po_number", "PO-7")));
        Response selected = store().post("/store/carts/" + cartId + "/payment-session",
                Map.of("provider_id", "pp_system_default"));
        Response refreshed = store().post("/store/carts/" + cartId + "/payment-sessions/pp_system_default/refresh",
                Map.of());
        Response missing = store().post("/store/carts/" + cartId + "/payment-session", Map.of("provider_id", "pp_nope"));
        Response deleted = store().delete("/store/carts/" + cartId + "/payment-sessions/pp_system_default");

        assertThat(initialized.status()).as(initialized.body().toString()).isEqualTo(200);
        // One session per provider of the region: the system's and Stripe's.
        assertThat(initialized.body().at("/cart/payment_collection/payment_sessions")).hasSize(2);
        String sessionId = initialized.text("/cart/payment_collection/payment_sessions/0/id");
        assertThat(initialized.text("/cart/payment_collection/payment_sessions/0/provider_id")).isEqualTo("pp_system_default");
        assertThat(updated.text("/cart/payment_collection/payment_sessions/0/id")).isEqualTo(sessionId);
        assertThat(updated.text("/cart/payment_collection/payment_sessions/0/data/po_number")).isEqualTo("PO-7");
        assertThat(selected.text("/cart/payment_collection/selected_session_id")).isEqualTo(sessionId);
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body().at("/cart/payment_collection/payment_sessions")).hasSize(1);
        assertThat(deleted.text("/cart/payment_collection/payment_sessions/0/provider_id")).isEqualTo("pp_stripe_stripe");
    }

    private JsonNode paymentCollection(String cartId) {
        return store().get("/store/carts/" + cartId).body().at("/cart/payment_collection");
    }

    private String collection(JsonNode cart) {
        return store().post("/store/payment-collections", Map.of("cart_id", cart.at("/id").asString()))
                .text("/payment_collection/id");
    }

    private JsonNode newCart() {
        Response created = store().post("/store/carts", Map.of("items", List.of(Map.of("variant_id", variant(),
                "quantity", 2))));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        return created.body().at("/cart");
    }

    private String variant() {
        return store().get("/store/products?handle=classic-t-shirt").text("/products/0/variants/0/id");
    }
}
