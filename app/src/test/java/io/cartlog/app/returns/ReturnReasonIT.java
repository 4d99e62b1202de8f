package io.cartlog.app.returns;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Return reasons: kept by the admin, offered by the storefront's return form. */
class ReturnReasonIT extends CartlogIT {

    @Test
    void theStorefrontOffersTheDemosReasons() {
        Response reasons = store().get("/store/return-reasons");

        assertThat(reasons.status()).isEqualTo(200);
        assertThat(reasons.body().at("/return_reasons").findValuesAsString("value"))
                .contains("wrong_size", "damaged", "changed_mind");
        JsonNode first = reasons.body().at("/return_reasons/0");
        assertThat(first.at("/id").asString()).startsWith("rr_");
        assertThat(store().get("/store/return-reasons/" + first.at("/id").asString()).body().at("/return_reason"))
                .isEqualTo(first);
    }

    @Test
    void anAdminCreatesChangesAndDeletesAReason() {
        String value = "too_late_" + UUID.randomUUID().toString().substring(0, 8);

        Response created = admin().post("/admin/return-reasons", Map.of("value", value, "label", "Arrived too late",
                "description", "After the event it was bought for"));
        String id = created.text("/return_reason/id");
        Response changed = admin().post("/admin/return-reasons/" + id, Map.of("label", "Came too late"));

        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        assertThat(created.text("/return_reason/value")).isEqualTo(value);
        assertThat(changed.text("/return_reason/label")).isEqualTo("Came too late");
        assertThat(changed.text("/return_reason/description")).isEqualTo("After the event it was bought for");
        assertThat(store().get("/store/return-reasons").body().at("/return_reasons").findValuesAsString("label"))
                .contains("Came too late");

        Response deleted = admin().delete("/admin/return-reasons/" + id);

        assertThat(deleted.body().at("/deleted").asBoolean()).isTrue();
        assertThat(deleted.text("/object")).isEqualTo("return_reason");
        assertError(store().get("/store/return-reasons/" + id), 404, "return_reason_not_found", null);
        assertThat(store().get("/store/return-reasons").body().at("/return_reasons").findValuesAsString("value"))
                .doesNotContain(value);
    }

    @Test
    void aReasonNeedsAValueAndALabelAndOnlyTheAdminKeepsThem() {
        assertThat(admin().post("/admin/return-reasons", Map.of("label", "No value")).status()).isEqualTo(400);
        assertThat(admin().post("/admin/return-reasons", Map.of("value", "no_label")).status()).isEqualTo(400);
        assertThat(admin().post("/admin/return-reasons", Map.of("value", " ", "label", "Blank")).status())
                .isEqualTo(400);
        assertError(admin().post("/admin/return-reasons/rr_01UNKNOWN", Map.of("label", "x")), 404,
                "return_reason_not_found", null);
        assertError(admin().post("/admin/return-reasons/reg_01OTHER", Map.of("label", "x")), 404,
                "return_reason_not_found", null);
        assertThat(store().post("/admin/return-reasons", Map.of("value", "v", "label", "l")).status()).isEqualTo(401);
    }
}
