package io.cartlog.command.payment.stripe;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.EventDataObjectDeserializer;
import com.stripe.model.PaymentIntent;
import com.stripe.net.Webhook;
import io.cartlog.command.payment.RecordProviderAuthorizationCommand;
import io.cartlog.command.payment.provider.Authorization;
import io.cartlog.platform.web.ApiException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * {@code POST /hooks/payment/stripe}: Stripe's word on a payment intent, verified by its signature.
 * The intent's metadata names the collection and session. Stripe delivers at least once; the
 * collection applies an authorization once, so duplicates change nothing. Without a webhook secret
 * the route answers 404.
 */
@RestController
class StripeWebhookController {

    private static final Map<String, Boolean> RECEIVED = Map.of("received", true);

    private final String secret;
    private final CommandGateway commands;

    StripeWebhookController(@Value("${cartlog.payments.stripe.webhook-secret:}") String secret,
                            CommandGateway commands) {
        this.secret = secret;
        this.commands = commands;
    }

    @PostMapping("/hooks/payment/stripe")
    Map<String, Boolean> receive(@RequestBody(required = false) String payload,
                                 @RequestHeader(value = "Stripe-Signature", required = false) String signature) {
        Event event = verified(payload, signature);
        switch (event.getType()) {
            case "payment_intent.succeeded", "payment_intent.amount_capturable_updated" ->
                    record(intent(event), Authorization.authorized());
            case "payment_intent.payment_failed" -> {
                PaymentIntent intent = intent(event);
                record(intent, Authorization.failed(Authorization.Outcome.DECLINED, intent.getLastPaymentError() == null
                        ? "The payment failed" : "The payment was declined: " + intent.getLastPaymentError().getMessage()));
            }
            default -> {
                // Other events are not ours to act on; Stripe only needs to hear they arrived.
            }
        }
        return RECEIVED;
    }

    private void record(PaymentIntent intent, Authorization authorization) {
        Map<String, String> metadata = intent.getMetadata() == null ? Map.of() : intent.getMetadata();
        String collectionId = metadata.get(StripePaymentProvider.COLLECTION_KEY);
        String sessionId = metadata.get(StripePaymentProvider.SESSION_KEY);
        if (collectionId != null && sessionId != null) {
            commands.sendAndWait(new RecordProviderAuthorizationCommand(collectionId, sessionId, intent.getAmount(),
                    authorization));
        }
    }

    private Event verified(String payload, String signature) {
        if (secret == null || secret.isBlank()) {
            throw ApiException.notFound("not_found", "Stripe webhooks are not configured");
        }
        if (payload == null || signature == null) {
            throw invalidSignature();
        }
        try {
            return Webhook.constructEvent(payload, signature, secret);
        } catch (SignatureVerificationException e) {
            throw invalidSignature();
        } catch (RuntimeException malformed) {
            throw ApiException.invalidData("The webhook payload is not a Stripe event");
        }
    }

    private static PaymentIntent intent(Event event) {
        EventDataObjectDeserializer data = event.getDataObjectDeserializer();
        try {
            // An event of another API version than the library's is still an intent to us.
            return (PaymentIntent) (data.getObject().isPresent() ? data.getObject().get() : data.deserializeUnsafe());
        } catch (EventDataObjectDeserializationException | ClassCastException e) {
            throw ApiException.invalidData("The webhook event does not carry a payment intent");
        }
    }

    private static ApiException invalidSignature() {
        return new ApiException(HttpStatus.BAD_REQUEST, "invalid_data", "invalid_signature",
                "The Stripe-Signature header does not match the payload");
    }
}
