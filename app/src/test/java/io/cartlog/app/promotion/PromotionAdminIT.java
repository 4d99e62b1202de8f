package io.cartlog.app.promotion;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.platform.testing.ApiClient.Response;
import io.cartlog.platform.readmodel.ReadModelQueries;
import io.cartlog.queries.promotion.FindPromotionByCodeQuery;
import io.cartlog.queries.promotion.PromotionView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PromotionAdminIT extends CartlogIT {

    @Autowired
    private ReadModelQueries queries;

    private static String uniqueCode(String prefix) {
        return (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase(Locale.ROOT);
    }

    private static Map<String, Object> percentage(String code, int value) {
        return Map.of("code", code, "type", "standard",
                "application_method", Map.of("type", "percentage", "target_type", "items", "value", value));
    }

    private Response create(Map<String, Object> body) {
        return admin().post("/admin/promotions", body);
    }

    @Test
    void createdPromotionIsReturnedAtOnceFlatAndInMedusasShape() {
        String code = uniqueCode("ship");
        Response created = create(Map.of("code", code.toLowerCase(Locale.ROOT), "type", "standard",
                "application_method", Map.of("type", "fixed", "target_type", "shipping_methods", "value", 500,
                        "currency_code", "EUR"),
                "min_subtotal", 5000, "starts_at", "2026-06-01T00:00:00Z", "ends_at", "2026-09-01T00:00:00Z",
                "usage_limit", 100, "metadata", Map.of("campaign", "summer")));

        assertThat(created.status()).isEqualTo(200);
        String id = created.text("/promotion/id");
        assertThat(id).startsWith("promo_");
        assertThat(created.text("/promotion/code")).isEqualTo(code);
        assertThat(created.text("/promotion/type")).isEqualTo("fixed");
        assertThat(created.text("/promotion/target")).isEqualTo("shipping");
        assertThat(created.body().at("/promotion/value").asLong()).isEqualTo(500);
        assertThat(created.text("/promotion/currency_code")).isEqualTo("eur");
        assertThat(created.body().at("/promotion/min_subtotal").asLong()).isEqualTo(5000);
        assertThat(created.text("/promotion/starts_at")).isEqualTo("2026-06-01T00:00:00Z");
        assertThat(created.body().at("/promotion/usage_limit").asLong()).isEqualTo(100);
        assertThat(created.body().at("/promotion/usage_count").asLong()).isZero();
        assertThat(created.text("/promotion/status")).isEqualTo("active");
        assertThat(created.text("/promotion/metadata/campaign")).isEqualTo("summer");
        assertThat(created.text("/promotion/application_method/type")).isEqualTo("fixed");
        assertThat(created.text("/promotion/application_method/target_type")).isEqualTo("shipping_methods");
        assertThat(created.body().at("/promotion/application_method/value").asLong()).isEqualTo(500);
        assertThat(created.body().at("/promotion/version").asLong()).isZero();

        Response found = admin().get("/admin/promotions?q=" + code.substring(5).toLowerCase(Locale.ROOT));
        assertThat(found.body().get("count").asLong()).isEqualTo(1);
        assertThat(found.text("/promotions/0/id")).isEqualTo(id);
        assertThat(found.text("/promotions/0/application_method/target_type")).isEqualTo("shipping_methods");
        assertThat(admin().get("/admin/promotions/" + id).text("/promotion/code")).isEqualTo(code);
    }

    @Test
    void codeTakenInAnotherCaseIsInvalidDataNamingTheCode() {
        String code = uniqueCode("dup");
        assertThat(create(percentage(code, 10)).status()).isEqualTo(200);

        Response duplicate = create(percentage(code.toLowerCase(Locale.ROOT), 20));

        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.text("/type")).isEqualTo("invalid_data");
        assertThat(duplicate.text("/message")).contains(code);
        assertThat(admin().get("/admin/promotions?q=" + code).body().get("count").asLong()).isEqualTo(1);
    }

    @Test
    void deletedPromotionsCodeCanBeReused() {
        String code = uniqueCode("again");
        String id = create(percentage(code, 10)).text("/promotion/id");

        Response deleted = admin().delete("/admin/promotions/" + id);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.text("/object")).isEqualTo("promotion");
        assertThat(deleted.body().get("deleted").asBoolean()).isTrue();
        assertThat(admin().get("/admin/promotions/" + id).status()).isEqualTo(404);

        Response reused = create(percentage(code, 15));
        assertThat(reused.status()).isEqualTo(200);
        assertThat(reused.text("/promotion/id")).isNotEqualTo(id);
        assertThat(queries.find(new FindPromotionByCodeQuery(code.toLowerCase(Locale.ROOT)), PromotionView.class))
                .hasValueSatisfying(view -> assertThat(view.value()).isEqualByComparingTo(new BigDecimal("15")));
    }

    @Test
    void demoCodeSummer25ExistsAfterStart() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(queries.find(new FindPromotionByCodeQuery("summer25"), PromotionView.class))
                        .hasValueSatisfying(view -> {
                            assertThat(view.type()).isEqualTo("percentage");
                            assertThat(view.target()).isEqualTo("items");
                            assertThat(view.value()).isEqualByComparingTo(new BigDecimal("25"));
                            assertThat(view.status()).isEqualTo("active");
                            assertThat(view.startsAt()).isNull();
                            assertThat(view.usageLimit()).isNull();
                        }));
        assertThat(admin().get("/admin/promotions?q=summer25").text("/promotions/0/code")).isEqualTo("SUMMER25");
    }

    @Test
    void updateKeepsWhatItDoesNotNameAndAStaleVersionIsAConflict() {
        String code = uniqueCode("upd");
        String id = create(percentage(code, 10)).text("/promotion/id");

        Response updated = admin().withHeader("If-Match", "\"0\"").post("/admin/promotions/" + id,
                Map.of("status", "inactive", "application_method", Map.of("value", 12.5)));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.text("/promotion/status")).isEqualTo("inactive");
        assertThat(updated.body().at("/promotion/value").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(updated.text("/promotion/code")).isEqualTo(code);
        assertThat(updated.body().at("/promotion/version").asLong()).isEqualTo(1);

        Response stale = admin().post("/admin/promotions/" + id, Map.of("version", 0, "status", "active"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text("/code")).isEqualTo("concurrent_modification");
        assertThat(admin().get("/admin/promotions/" + id).text("/promotion/status")).isEqualTo("inactive");
    }

    @Test
    void nullClearsAnOptionalAttribute() {
        Map<String, Object> body = new HashMap<>(percentage(uniqueCode("clear"), 10));
        body.put("ends_at", "2026-12-31T23:00:00Z");
        body.put("usage_limit", 5);
        String id = create(body).text("/promotion/id");

        Response updated = admin().post("/admin/promotions/" + id, """
                {"ends_at": null, "version": 0}""");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().at("/promotion/ends_at").isNull()).isTrue();
        assertThat(updated.body().at("/promotion/usage_limit").asLong()).isEqualTo(5);
    }

    @Test
    void badInputIsInvalidDataNamingTheFieldAndCreatesNothing() {
        String code = uniqueCode("bad");
        Map<String, Object> fixedWithoutCurrency = Map.of("code", code,
                "application_method", Map.of("type", "fixed", "target_type", "items", "value", 500));
        Map<String, Object> wrongValueType = Map.of("code", code,
                "application_method", Map.of("type", "percentage", "target_type", "items", "value", "25"));
        Map<String, Object> endBeforeStart = new HashMap<>(percentage(code, 10));
        endBeforeStart.put("starts_at", "2026-06-01T00:00:00Z");
        endBeforeStart.put("ends_at", "2026-05-01T00:00:00Z");
        Map<String, Object> notAnInstant = new HashMap<>(percentage(code, 10));
        notAnInstant.put("starts_at", "next monday");
        Map<String, Object> fractionalLimit = new HashMap<>(percentage(code, 10));
        fractionalLimit.put("usage_limit", 1.5);

        Map<String, Map<String, Object>> cases = Map.of(
                "'code'", Map.of("code", 25, "application_method", Map.of("type", "percentage", "target_type", "items",
                        "value", 25)),
                "'code' must be at most 64", percentage("X".repeat(65), 10),
                "'application_method.currency_code'", fixedWithoutCurrency,
                "'application_method.value'", wrongValueType,
                "'application_method.target_type'", Map.of("code", code, "application_method",
                        Map.of("type", "percentage", "target_type", "order", "value", 10)),
                "'ends_at'", endBeforeStart,
                "'starts_at'", notAnInstant,
                "'usage_limit'", fractionalLimit,
                "'type'", Map.of("code", code, "type", "buyget", "application_method",
                        Map.of("type", "percentage", "target_type", "items", "value", 10)));
        cases.forEach((field, body) -> {
            Response response = create(body);
            assertThat(response.status()).as(field).isEqualTo(400);
            assertThat(response.text("/type")).as(field).isEqualTo("invalid_data");
            assertThat(response.text("/message")).as(field).contains(field);
        });
        assertThat(admin().get("/admin/promotions?q=" + code).body().get("count").asLong()).isZero();
    }

    @Test
    void hugeNumbersAreInvalidDataNotServerErrors() {
        for (String value : List.of("1e999999999", "1e-999999999", "123456789012345678901234567890")) {
            Response response = admin().post("/admin/promotions", """
                    {"code": "HUGE", "application_method": {"type": "fixed", "target_type": "items", "value": %s,
                     "currency_code": "eur"}}""".formatted(value));
            assertThat(response.status()).as(value).isEqualTo(400);
            assertThat(response.text("/message")).as(value).contains("'application_method.value'");
        }
    }

    @Test
    void unknownPromotionIsPromotionNotFoundOnEveryRoute() {
        String regionId = admin().post("/admin/regions", Map.of("name", "Promo land", "currency_code", "eur"))
                .text("/region/id");

        for (Response response : List.of(
                admin().get("/admin/promotions/promo_DOESNOTEXIST"),
                admin().post("/admin/promotions/promo_DOESNOTEXIST", Map.of("status", "inactive")),
                admin().delete("/admin/promotions/promo_DOESNOTEXIST"),
                admin().post("/admin/promotions/" + regionId, Map.of("status", "inactive")))) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.text("/code")).isEqualTo("promotion_not_found");
        }
    }
}
