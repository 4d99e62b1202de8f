package io.cartlog.app.apikey;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code /store/*} opens to active publishable keys only, as the admin API issues and revokes them. */
class PublishableKeyStoreIT extends CartlogIT {

    /** The platform caches key lookups for two seconds; a change shows within that, plus projection lag. */
    private static final Duration KEY_CACHE_BOUND = Duration.ofSeconds(5);

    @Test
    void keyIssuedAndScopedThroughTheAdminApiOpensTheStoreUntilRevoked() {
        String channelId = admin().post("/admin/sales-channels", Map.of("name", "Storefront")).text("/sales_channel/id");
        Response created = admin().post("/admin/api-keys", Map.of("title", "Storefront key", "type", "publishable"));
        assertThat(created.status()).isEqualTo(200);
        String keyId = created.text("/api_key/id");
        String token = created.text("/api_key/token");
        assertThat(keyId).startsWith("apk_");
        assertThat(token).matches("pk_[0-9a-f]{64}");

        Response linked = admin().post("/admin/api-keys/" + keyId + "/sales-channels", Map.of("add", List.of(channelId)));
        assertThat(linked.status()).isEqualTo(200);
        assertThat(linked.text("/api_key/sales_channels/0/id")).isEqualTo(channelId);
        assertThat(linked.text("/api_key/sales_channels/0/name")).isEqualTo("Storefront");

        await().atMost(KEY_CACHE_BOUND).untilAsserted(() ->
                assertThat(anonymous().asStorefront(token).get("/store/regions").status()).isEqualTo(200));

        Response revoked = admin().post("/admin/api-keys/" + keyId + "/revoke", Map.of());
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.text("/api_key/revoked_at")).isNotBlank();

        await().atMost(KEY_CACHE_BOUND).untilAsserted(() -> {
            Response refused = anonymous().asStorefront(token).get("/store/regions");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.text("/type")).isEqualTo("not_allowed");
        });
    }

    @Test
    void unknownKeyIsNotAllowed() {
        Response response = anonymous().asStorefront("pk_unknown").get("/store/regions");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/type")).isEqualTo("not_allowed");
        assertThat(response.text("/message")).isEqualTo("A valid publishable key is required to proceed with the request");
    }

    @Test
    void missingKeyIsRefusedWithMedusasMessage() {
        Response response = anonymous().get("/store/regions");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/type")).isEqualTo("not_allowed");
        assertThat(response.text("/message")).isEqualTo("Publishable API key required in the request header: "
                + "x-publishable-api-key. You can manage your keys in settings in the dashboard.");
    }

    @Test
    void secretKeyDoesNotOpenTheStore() {
        String token = admin().post("/admin/api-keys", Map.of("title", "Back office", "type", "secret"))
                .text("/api_key/token");

        assertThat(anonymous().asStorefront(token).get("/store/regions").status()).isEqualTo(400);
    }
}
