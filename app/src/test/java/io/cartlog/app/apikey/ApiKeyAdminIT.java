package io.cartlog.app.apikey;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ApiKeyAdminIT extends CartlogIT {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void secretKeyTokenIsShownOnceAndOnlyItsHashIsStored() throws Exception {
        Response created = admin().post("/admin/api-keys", Map.of("title", "Back office", "type", "secret"));

        assertThat(created.status()).isEqualTo(200);
        String id = created.text("/api_key/id");
        String token = created.text("/api_key/token");
        assertThat(token).matches("sk_[0-9a-f]{64}");
        assertThat(created.text("/api_key/redacted"))
                .isEqualTo(token.substring(0, 6) + "***" + token.substring(token.length() - 3));
        assertThat(created.text("/api_key/type")).isEqualTo("secret");
        assertThat(created.body().at("/api_key/revoked_at").isNull()).isTrue();
        assertThat(created.body().at("/api_key/sales_channels").isEmpty()).isTrue();

        assertThat(admin().get("/admin/api-keys/" + id).text("/api_key/token")).isEmpty();
        List<String> payloads = jdbc.sql("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(id)
                .query((rs, n) -> new String(rs.getBytes("payload"), StandardCharsets.UTF_8))
                .list();
        String sha256 = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        assertThat(payloads).hasSize(1);
        assertThat(payloads.get(0)).doesNotContain(token).contains(sha256);
    }

    @Test
    void aSecretKeyCallsTheAdminApiUntilItIsRevoked() {
        Response created = admin().post("/admin/api-keys", Map.of("title", "ERP sync", "type", "secret"));
        String id = created.text("/api_key/id");
        String token = created.text("/api_key/token");
        String basic = java.util.Base64.getEncoder().encodeToString((token + ":").getBytes(StandardCharsets.UTF_8));

        await().until(() -> anonymous().asAdmin(token).get("/admin/regions").status() == 200);
        Response viaBasic = anonymous().withHeader("Authorization", "Basic " + basic).post("/admin/return-reasons",
                Map.of("value", "erp_" + UUID.randomUUID().toString().substring(0, 8), "label", "From the ERP"));

        assertThat(viaBasic.status()).as(viaBasic.body().toString()).isEqualTo(200);
        String metadata = jdbc.sql("SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(viaBasic.text("/return_reason/id"))
                .query((rs, n) -> new String(rs.getBytes("meta_data"), StandardCharsets.UTF_8)).single();
        assertThat(metadata).contains("api_key:" + id);
        assertThat(anonymous().asAdmin("sk_" + "0".repeat(64)).get("/admin/regions").status()).isEqualTo(401);
        assertThat(anonymous().asAdmin(PUBLISHABLE_KEY).get("/admin/regions").status()).isEqualTo(401);

        assertThat(admin().post("/admin/api-keys/" + id + "/revoke", Map.of()).status()).isEqualTo(200);

        await().until(() -> anonymous().asAdmin(token).get("/admin/regions").status() == 401);
    }

    @Test
    void keysAreListedByTypeAndFoundByTitle() {
        String title = "Kiosk " + UUID.randomUUID();
        String id = admin().post("/admin/api-keys", Map.of("title", title, "type", "publishable")).text("/api_key/id");

        Response publishable = admin().get("/admin/api-keys?type=publishable&q=" + title.substring(6));
        assertThat(publishable.body().get("count").asLong()).isEqualTo(1);
        assertThat(publishable.text("/api_keys/0/id")).isEqualTo(id);
        assertThat(admin().get("/admin/api-keys?type=secret&q=" + title.substring(6)).body().get("count").asLong())
                .isZero();
        assertThat(admin().get("/admin/api-keys?type=admin").status()).isEqualTo(400);
    }

    @Test
    void unknownTypeIsInvalidDataNamingTheField() {
        Response response = admin().post("/admin/api-keys", Map.of("title", "Nope", "type", "admin"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/type")).isEqualTo("invalid_data");
        assertThat(response.text("/message")).contains("'type'");
    }

    @Test
    void staleVersionIsAConflictAndChangesNothing() {
        String id = admin().post("/admin/api-keys", Map.of("title", "Web", "type", "publishable")).text("/api_key/id");
        assertThat(admin().post("/admin/api-keys/" + id, Map.of("title", "Web shop", "version", 0)).status())
                .isEqualTo(200);

        Response stale = admin().post("/admin/api-keys/" + id + "/revoke", Map.of("version", 0));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text("/code")).isEqualTo("concurrent_modification");
        Response current = admin().get("/admin/api-keys/" + id);
        assertThat(current.text("/api_key/title")).isEqualTo("Web shop");
        assertThat(current.body().at("/api_key/revoked_at").isNull()).isTrue();
    }

    @Test
    void unknownSalesChannelIsInvalidDataAndLinksNothing() {
        String channelId = admin().post("/admin/sales-channels", Map.of("name", "Outlet")).text("/sales_channel/id");
        String id = admin().post("/admin/api-keys", Map.of("title", "Outlet", "type", "publishable")).text("/api_key/id");

        Response response = admin().post("/admin/api-keys/" + id + "/sales-channels",
                Map.of("add", List.of(channelId, "sc_DOESNOTEXIST")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/type")).isEqualTo("invalid_data");
        assertThat(response.text("/message")).contains("'add'").contains("sc_DOESNOTEXIST").doesNotContain(channelId);
        Response key = admin().get("/admin/api-keys/" + id);
        assertThat(key.body().at("/api_key/sales_channels").isEmpty()).isTrue();
        assertThat(key.body().at("/api_key/version").asLong()).isZero();
    }

    @Test
    void secretKeysTakeNoSalesChannels() {
        String channelId = admin().post("/admin/sales-channels", Map.of("name", "B2B")).text("/sales_channel/id");
        String id = admin().post("/admin/api-keys", Map.of("title", "ERP", "type", "secret")).text("/api_key/id");

        Response response = admin().post("/admin/api-keys/" + id + "/sales-channels", Map.of("add", List.of(channelId)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/message")).isEqualTo("Sales channels can only be associated with publishable API keys");
    }

    @Test
    void keyIsRevokedOnceAndOnlyThenDeleted() {
        String id = admin().post("/admin/api-keys", Map.of("title", "Old", "type", "publishable")).text("/api_key/id");

        Response notRevoked = admin().delete("/admin/api-keys/" + id);
        assertThat(notRevoked.status()).isEqualTo(400);
        assertThat(notRevoked.text("/type")).isEqualTo("not_allowed");

        assertThat(admin().post("/admin/api-keys/" + id + "/revoke", null).status()).isEqualTo(200);
        Response again = admin().post("/admin/api-keys/" + id + "/revoke", Map.of());
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.text("/type")).isEqualTo("invalid_data");

        Response deleted = admin().delete("/admin/api-keys/" + id);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.text("/object")).isEqualTo("api_key");
        Response gone = admin().get("/admin/api-keys/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.text("/code")).isEqualTo("api_key_not_found");
    }

    @Test
    void unknownKeyIsApiKeyNotFound() {
        for (Response response : new Response[]{
                admin().post("/admin/api-keys/apk_DOESNOTEXIST", Map.of("title", "x")),
                admin().post("/admin/api-keys/apk_DOESNOTEXIST/revoke", Map.of()),
                admin().post("/admin/api-keys/sc_DOESNOTEXIST/sales-channels", Map.of("remove", List.of("sc_x")))}) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.text("/code")).isEqualTo("api_key_not_found");
        }
    }
}
