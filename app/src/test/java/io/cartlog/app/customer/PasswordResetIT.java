package io.cartlog.app.customer;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.app.support.NotificationReceiver;
import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A forgotten password: the reset token goes out once, signed, to the notification endpoint;
 * the event store keeps only its hash; the token sets a new password once and ends old sessions.
 */
class PasswordResetIT extends CartlogIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private JdbcClient jdbc;

    private static String signature(NotificationReceiver.Received received) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(RESET_NOTIFICATION_SECRET.substring(6)), "HmacSHA256"));
        String signed = received.header("webhook-id") + "." + received.header("webhook-timestamp") + "."
                + received.body();
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aResetTokenSetsANewPasswordOnce() throws Exception {
        String email = "reset-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        String registration = anonymous().post("/auth/customer/emailpass/register",
                Map.of("email", email, "password", "old password")).text("/token");
        String customerId = store().withHeader("Authorization", "Bearer " + registration)
                .post("/store/customers", Map.of()).text("/customer/id");
        String oldToken = anonymous().post("/auth/customer/emailpass",
                Map.of("email", email, "password", "old password")).text("/token");
        Response session = anonymous().withHeader("Authorization", "Bearer " + oldToken).post("/auth/session", Map.of());
        String cookie = session.headers().get("set-cookie").get(0).split(";")[0];

        Response requested = anonymous().post("/auth/customer/emailpass/reset-password", Map.of("identifier", email));

        assertThat(requested.status()).isEqualTo(201);
        NotificationReceiver.Received notice = await().until(() -> RESET_NOTIFICATIONS.received.stream()
                .filter(received -> received.body().contains(email)).findFirst().orElse(null), found -> found != null);
        assertThat(notice.header("webhook-signature")).isEqualTo(signature(notice));
        JsonNode data = JSON.readTree(notice.body()).at("/data");
        assertThat(data.at("/customer_id").asString()).isEqualTo(customerId);
        String token = data.at("/token").asString();
        List<String> payloads = jdbc.sql("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(customerId).query((rs, n) -> new String(rs.getBytes("payload"), StandardCharsets.UTF_8)).list();
        assertThat(String.join("\n", payloads)).contains("tokenSha256").doesNotContain(token)
                .doesNotContain("old password");

        Response tooShort = anonymous().withHeader("Authorization", "Bearer " + token)
                .post("/auth/customer/emailpass/update", Map.of("password", "short"));
        assertError(tooShort, 400, "invalid_data", null);
        Response updated = anonymous().withHeader("Authorization", "Bearer " + token)
                .post("/auth/customer/emailpass/update", Map.of("email", email, "password", "new password"));

        assertThat(updated.status()).as(updated.body().toString()).isEqualTo(200);
        assertError(anonymous().post("/auth/customer/emailpass", Map.of("email", email, "password", "old password")),
                401, "unauthorized", null);
        assertThat(anonymous().post("/auth/customer/emailpass", Map.of("email", email, "password", "new password"))
                .status()).isEqualTo(200);
        assertError(store().withHeader("Cookie", cookie).get("/store/customers/me"), 401, "unauthorized", null);
        assertError(anonymous().withHeader("Authorization", "Bearer " + token)
                .post("/auth/customer/emailpass/update", Map.of("password", "third password")), 401, "unauthorized",
                null);
    }

    @Test
    void aResetForAnUnknownEmailAnswersTheSameAndSendsNothing() {
        String email = "nobody-" + UUID.randomUUID() + "@example.test";

        Response requested = anonymous().post("/auth/customer/emailpass/reset-password", Map.of("identifier", email));

        assertThat(requested.status()).isEqualTo(201);
        assertThat(RESET_NOTIFICATIONS.received).noneMatch(received -> received.body().contains(email));
        assertError(anonymous().withHeader("Authorization", "Bearer not-a-reset-token")
                .post("/auth/customer/emailpass/update", Map.of("password", "new password")), 401, "unauthorized", null);
    }
}
