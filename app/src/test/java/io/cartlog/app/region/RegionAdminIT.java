package io.cartlog.app.region;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RegionAdminIT extends CartlogIT {

    @Test
    void createdRegionIsReturnedWithItsCountriesAndReadableAtOnce() {
        Response created = admin().post("/admin/regions", Map.of(
                "name", "Nordics", "currency_code", "SEK", "countries", List.of("se", "dk"), "tax_rate", 25));

        assertThat(created.status()).isEqualTo(200);
        String id = created.text("/region/id");
        assertThat(id).startsWith("reg_");
        assertThat(created.text("/region/currency_code")).isEqualTo("sek");
        assertThat(created.body().at("/region/countries/0/iso_2").asString()).isEqualTo("se");
        assertThat(created.body().at("/region/countries/1/display_name").asString()).isEqualTo("Denmark");

        Response read = admin().get("/admin/regions/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("/region/name")).isEqualTo("Nordics");
    }

    @Test
    void updateWithAStaleVersionIsAConflictAndChangesNothing() {
        String id = admin().post("/admin/regions", Map.of("name", "Baltics", "currency_code", "eur",
                "countries", List.of("ee"))).text("/region/id");
        assertThat(admin().post("/admin/regions/" + id, Map.of("name", "Baltic states", "version", 0)).status())
                .isEqualTo(200);

        Response stale = admin().post("/admin/regions/" + id, Map.of("name", "Stale", "version", 0));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text("/code")).isEqualTo("concurrent_modification");
        assertThat(admin().get("/admin/regions/" + id).text("/region/name")).isEqualTo("Baltic states");
    }

    @Test
    void unknownCurrencyIsRejectedWithAMessageNamingTheField() {
        Response response = admin().post("/admin/regions", Map.of("name", "Nowhere", "currency_code", "xyz"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/type")).isEqualTo("invalid_data");
        assertThat(response.text("/message")).contains("currency_code");
    }

    @Test
    void malformedJsonIsInvalidDataNotAServerError() {
        Response response = admin().post("/admin/regions", "{\"name\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/type")).isEqualTo("invalid_data");
    }

    @Test
    void updatingAnUnknownRegionIsRegionNotFound() {
        Response response = admin().post("/admin/regions/reg_DOESNOTEXIST", Map.of("name", "x"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text("/code")).isEqualTo("region_not_found");
    }

    @Test
    void deletedRegionIsGoneFromTheReadModel() {
        String id = admin().post("/admin/regions", Map.of("name", "Temporary", "currency_code", "chf",
                "countries", List.of("ch"))).text("/region/id");

        Response deleted = admin().delete("/admin/regions/" + id);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body().get("deleted").asBoolean()).isTrue();
        assertThat(admin().get("/admin/regions/" + id).status()).isEqualTo(404);
    }

    @Test
    void adminRoutesRefuseAMissingOrWrongKey() {
        assertThat(anonymous().get("/admin/regions").status()).isEqualTo(401);
        assertThat(anonymous().asAdmin("sk_wrong").get("/admin/regions").status()).isEqualTo(401);
    }
}
