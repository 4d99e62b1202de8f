package io.cartlog.command.customer;

import io.cartlog.events.common.Ids;
import io.cartlog.platform.auth.AuthProperties;
import io.cartlog.platform.signing.WebhookSignature;
import io.cartlog.platform.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default {@link PasswordResetNotifier}: a POST of {@code {type, data: {customer_id, email,
 * token, expires_at}}} to {@code CARTLOG_AUTH_RESET_NOTIFICATION_URL}, signed as Standard Webhooks
 * sign ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}) with
 * {@code CARTLOG_AUTH_RESET_NOTIFICATION_SECRET}, for the shop's mailer. Without a URL the request
 * is recorded and no token goes anywhere.
 */
@Component
class SignedPostPasswordResetNotifier implements PasswordResetNotifier {

    private static final Logger log = LoggerFactory.getLogger(SignedPostPasswordResetNotifier.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuthProperties properties;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SignedPostPasswordResetNotifier(AuthProperties properties) {
        this.properties = properties;
    }

    @Override
    public void send(Notice notice) {
        if (properties.resetNotificationUrl() == null || properties.resetNotificationUrl().isBlank()) {
            log.warn("Password reset requested for customer {}, but CARTLOG_AUTH_RESET_NOTIFICATION_URL is not set: "
                    + "no token was sent", notice.customerId());
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("customer_id", notice.customerId());
        data.put("email", notice.email());
        data.put("token", notice.token());
        data.put("expires_at", notice.expiresAt().toString());
        String body = JSON.writeValueAsString(Map.of("type", "customer.password_reset", "data", data));
        String id = Ids.next("msg");
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(properties.resetNotificationUrl()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", WebhookSignature.sign(secret(), id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw notDelivered("answered " + status);
            }
        } catch (IOException e) {
            throw notDelivered(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notDelivered("interrupted");
        }
    }

    private String secret() {
        String secret = properties.resetNotificationSecret();
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("CARTLOG_AUTH_RESET_NOTIFICATION_SECRET must be set with the URL");
        }
        return secret;
    }

    private static ApiException notDelivered(String why) {
        return new ApiException(org.springframework.http.HttpStatus.BAD_GATEWAY, "unexpected_state",
                "notification_failed", "The password reset could not be sent (" + why + "); try again");
    }
}
