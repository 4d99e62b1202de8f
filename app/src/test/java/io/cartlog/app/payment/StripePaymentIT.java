package io.cartlog.app.payment;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.app.support.LocalStripe;
import io.cartlog.command.payment.AuthorizePaymentCommand;
import io.cartlog.command.payment.CancelPaymentCommand;
import io.cartlog.platform.testing.ApiClient.Response;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Stripe provider through stripe-java against the run's local Stripe, and Stripe's signed webhooks. */
class StripePaymentIT extends CartlogIT {

    private static final String WEBHOOK_SECRET = STRIPE_WEBHOOK_SECRET;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private CommandGateway commands;

    /** The cart of each collection a test created. */
    private final Map<String, String> carts = new ConcurrentHashMap<>();

    @Test
    @SuppressWarnings("unchecked")
    void aStripeSessionIsAManualCapturePaymentIntentForTheCartsTotal() {
        JsonNode cart = newCart();
        String collectionId = collection(cart);

        JsonNode session = stripeSession(collectionId);

        String intentId = session.at("/data/id").asString();
        assertThat(session.at("/data/client_secret").asString()).isEqualTo(intentId + "_secret_test");
        Map<String, Object> intent = STRIPE.intents.get(intentId);
        assertThat(intent).containsEntry("amount", cart.at("/total").asLong()).containsEntry("currency", "eur")
                .containsEntry("capture_method", "manual");
        assertThat((Map<Object, Object>) intent.get("metadata")).containsEntry("cartlog_payment_collection_id", collectionId)
                .containsEntry("cartlog_payment_session_id", session.at("/id").asString());
        assertThat(store().get("/store/payment-providers?region_id=" + cart.at("/region_id").asString())
                .body().at("/count").asLong()).isEqualTo(2);
    }

    @Test
    void authorizationFollowsTheIntentsStatus() {
        assertThat(authorizeWith(LocalStripe.Outcome.REQUIRES_ACTION).at("/payment_sessions/0/status").asString())
                .isEqualTo("requires_more");
        assertThat(authorizeWith(LocalStripe.Outcome.DECLINED).at("/payment_sessions/0/status").asString())
                .isEqualTo("error");
        JsonNode authorized = authorizeWith(LocalStripe.Outcome.AUTHORIZED);
        assertThat(authorized.at("/status").asString()).isEqualTo("authorized");
        assertThat(authorized.at("/payment_sessions/0/status").asString()).isEqualTo("authorized");

        commands.sendAndWait(new CancelPaymentCommand(authorized.at("/id").asString()));

        assertThat(STRIPE.intents.get(authorized.at("/payment_sessions/0/data/id").asString()))
                .containsEntry("status", "canceled");
    }

    @Test
    void aStripeOutageIsA502AndChangesNothing() {
        String collectionId = collection(newCart());
        STRIPE.outcome = LocalStripe.Outcome.OUTAGE;
        try {
            Response refused = store().post("/store/payment-collections/" + collectionId + "/payment-sessions",
                    Map.of("provider_id", "pp_stripe_stripe"));

            assertThat(refused.status()).isEqualTo(502);
            assertThat(refused.text("/code")).isEqualTo("payment_provider_error");
        } finally {
            STRIPE.outcome = LocalStripe.Outcome.AUTHORIZED;
        }
        assertThat(store().post("/store/payment-collections", Map.of("cart_id", cartOf(collectionId)))
                .body().at("/payment_collection/payment_sessions")).isEmpty();
    }

    @Test
    void aSignedSucceededWebhookAuthorizesTheCollectionOnce() throws Exception {
        String collectionId = collection(newCart());
        JsonNode session = stripeSession(collectionId);
        String event = event("payment_intent.succeeded", STRIPE.intents.get(session.at("/data/id").asString()));

        Response first = anonymous().withHeader("Stripe-Signature", sign(event, WEBHOOK_SECRET))
                .post("/hooks/payment/stripe", event);
        Response duplicate = anonymous().withHeader("Stripe-Signature", sign(event, WEBHOOK_SECRET))
                .post("/hooks/payment/stripe", event);

        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(duplicate.status()).isEqualTo(200);
        JsonNode authorized = await().until(() -> byCart(cartOf(collectionId)),
                collection -> "authorized".equals(collection.at("/status").asString()));
        String paymentId = authorized.at("/payment_id").asString();
        commands.sendAndWait(new AuthorizePaymentCommand(collectionId, authorized.at("/amount").asLong()));
        assertThat(byCart(cartOf(collectionId)).at("/payment_id").asString()).isEqualTo(paymentId);
    }

    @Test
    void aPaidCartWhoseShopperNeverCameBackBecomesAnOrder() throws Exception {
        JsonNode cart = newCart();
        String cartId = cart.at("/id").asString();
        store().post("/store/carts/" + cartId, Map.of("email", "ada@example.test", "shipping_address",
                Map.of("address_1", "Unter den Linden 1", "city", "Berlin", "postal_code", "10117", "country_code", "de")));
        String option = store().get("/store/shipping-options?cart_id=" + cartId).text("/shipping_options/0/id");
        store().post("/store/carts/" + cartId + "/shipping-methods", Map.of("option_id", option));
        String collectionId = collection(cart);
        JsonNode session = stripeSession(collectionId);
        Map<String, Object> intent = STRIPE.intents.get(session.at("/data/id").asString());
        String event = event("payment_intent.succeeded", intent);

        anonymous().withHeader("Stripe-Signature", sign(event, WEBHOOK_SECRET)).post("/hooks/payment/stripe", event);

        await().until(() -> !store().get("/store/carts/" + cartId).body().at("/cart/completed_at").isNull());
        Response completedLater = store().post("/store/carts/" + cartId + "/complete", Map.of());
        assertThat(completedLater.text("/type")).isEqualTo("order");
        assertThat(completedLater.body().at("/order/total").asLong())
                .isEqualTo(store().get("/store/carts/" + cartId).body().at("/cart/total").asLong());
    }

    @Test
    void aWebhookWithAWrongSignatureIsRefused() throws Exception {
        String collectionId = collection(newCart());
        JsonNode session = stripeSession(collectionId);
        String event = event("payment_intent.succeeded", STRIPE.intents.get(session.at("/data/id").asString()));

        Response refused = anonymous().withHeader("Stripe-Signature", sign(event, "whsec_wrong"))
                .post("/hooks/payment/stripe", event);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/code")).isEqualTo("invalid_signature");
        assertThat(byCart(cartOf(collectionId)).at("/status").asString()).isEqualTo("not_paid");
    }

    private JsonNode authorizeWith(LocalStripe.Outcome outcome) {
        String collectionId = collection(newCart());
        stripeSession(collectionId);
        STRIPE.outcome = outcome;
        try {
            commands.sendAndWait(new AuthorizePaymentCommand(collectionId,
                    byCart(cartOf(collectionId)).at("/amount").asLong()));
        } finally {
            STRIPE.outcome = LocalStripe.Outcome.AUTHORIZED;
        }
        return await().until(() -> byCart(cartOf(collectionId)),
                collection -> !"pending".equals(collection.at("/payment_sessions/0/status").asString()));
    }

    private JsonNode stripeSession(String collectionId) {
        Response created = store().post("/store/payment-collections/" + collectionId + "/payment-sessions",
                Map.of("provider_id", "pp_stripe_stripe"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        return created.body().at("/payment_collection/payment_sessions/0");
    }

    /** The body as Stripe posts it: a serialized event around the intent. */
    private static String event(String type, Map<String, Object> intent) {
        return JSON.writeValueAsString(Map.of("id", "evt_" + System.nanoTime(), "object", "event",
                "api_version", com.stripe.Stripe.API_VERSION, "type", type, "created", System.currentTimeMillis() / 1000,
                "data", Map.of("object", intent)));
    }

    /** Stripe's scheme: {@code t=<seconds>,v1=<hex HMAC-SHA256 of "<t>.<payload>">}. */
    private static String sign(String payload, String secret) throws Exception {
        long timestamp = System.currentTimeMillis() / 1000;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] signature = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(signature);
    }

    private String cartOf(String collectionId) {
        return carts.get(collectionId);
    }

    private JsonNode byCart(String cartId) {
        return store().get("/store/carts/" + cartId).body().at("/cart/payment_collection");
    }

    private String collection(JsonNode cart) {
        String id = store().post("/store/payment-collections", Map.of("cart_id", cart.at("/id").asString()))
                .text("/payment_collection/id");
        carts.put(id, cart.at("/id").asString());
        return id;
    }

    private JsonNode newCart() {
        String variant = store().get("/store/products?handle=classic-t-shirt").text("/products/0/variants/0/id");
        Response created = store().post("/store/carts", Map.of("items", List.of(Map.of("variant_id", variant,
                "quantity", 2))));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        return created.body().at("/cart");
    }
}
