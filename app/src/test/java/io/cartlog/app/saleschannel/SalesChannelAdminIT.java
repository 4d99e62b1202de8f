package io.cartlog.app.saleschannel;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SalesChannelAdminIT extends CartlogIT {

    @Test
    void createdChannelIsReturnedAtOnceAndFoundByItsName() {
        String name = "Web shop " + UUID.randomUUID();
        Response created = admin().post("/admin/sales-channels", Map.of("name", name, "description", "Main storefront",
                "is_disabled", true, "metadata", Map.of("team", "web")));

        assertThat(created.status()).isEqualTo(200);
        String id = created.text("/sales_channel/id");
        assertThat(id).startsWith("sc_");
        assertThat(created.body().at("/sales_channel/is_disabled").asBoolean()).isTrue();
        assertThat(created.text("/sales_channel/metadata/team")).isEqualTo("web");
        assertThat(created.body().at("/sales_channel/version").asLong()).isZero();

        Response found = admin().get("/admin/sales-channels?q=" + name.substring(9));
        assertThat(found.body().get("count").asLong()).isEqualTo(1);
        assertThat(found.text("/sales_channels/0/id")).isEqualTo(id);
        assertThat(found.body().get("limit").asInt()).isEqualTo(20);
    }

    @Test
    void updateKeepsWhatItDoesNotNameAndAStaleIfMatchIsAConflict() {
        String id = admin().post("/admin/sales-channels", Map.of("name", "App", "description", "Mobile app"))
                .text("/sales_channel/id");

        Response updated = admin().withHeader("If-Match", "\"0\"").post("/admin/sales-channels/" + id,
                Map.of("is_disabled", true));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.text("/sales_channel/description")).isEqualTo("Mobile app");
        assertThat(updated.body().at("/sales_channel/is_disabled").asBoolean()).isTrue();

        Response stale = admin().withHeader("If-Match", "\"0\"").post("/admin/sales-channels/" + id,
                Map.of("name", "Stale"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text("/code")).isEqualTo("concurrent_modification");
        assertThat(admin().get("/admin/sales-channels/" + id).text("/sales_channel/name")).isEqualTo("App");
    }

    @Test
    void blankNameIsInvalidDataAndCreatesNothing() {
        String description = "never created " + UUID.randomUUID();
        Response response = admin().post("/admin/sales-channels", Map.of("name", " ", "description", description));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/type")).isEqualTo("invalid_data");
        assertThat(response.text("/message")).contains("'name'");
        assertThat(admin().get("/admin/sales-channels?q=" + description.substring(14)).body().get("count").asLong())
                .isZero();
    }

    @Test
    void unknownChannelIsSalesChannelNotFoundOnEveryRoute() {
        String regionId = admin().post("/admin/regions", Map.of("name", "Elsewhere", "currency_code", "eur"))
                .text("/region/id");

        for (Response response : new Response[]{
                admin().get("/admin/sales-channels/sc_DOESNOTEXIST"),
                admin().post("/admin/sales-channels/sc_DOESNOTEXIST", Map.of("name", "x")),
                admin().delete("/admin/sales-channels/sc_DOESNOTEXIST"),
                admin().post("/admin/sales-channels/" + regionId, Map.of("name", "x"))}) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.text("/code")).isEqualTo("sales_channel_not_found");
        }
        assertThat(admin().get("/admin/regions/" + regionId).text("/region/name")).isEqualTo("Elsewhere");
    }

    @Test
    void deletedChannelIsGone() {
        String id = admin().post("/admin/sales-channels", Map.of("name", "Pop-up store")).text("/sales_channel/id");

        Response deleted = admin().delete("/admin/sales-channels/" + id);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.text("/object")).isEqualTo("sales-channel");
        assertThat(deleted.body().get("deleted").asBoolean()).isTrue();
        assertThat(admin().get("/admin/sales-channels/" + id).status()).isEqualTo(404);
        assertThat(admin().post("/admin/sales-channels/" + id, Map.of("name", "Back")).status()).isEqualTo(404);
    }
}
