package io.cartlog.app.shipping;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.platform.testing.ApiClient.Response;
import io.cartlog.queries.shipping.ListShippingOptionsQuery;
import io.cartlog.queries.shipping.ShippingOptionView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ShippingOptionAdminIT extends CartlogIT {

    private static final Map<String, String> EXPRESS = Map.of("label", "Express", "code", "express",
            "description", "Ship in 24 hours.");

    @Autowired
    private QueryGateway queries;

    private String newRegion(String currency) {
        return admin().post("/admin/regions", Map.of("name", "Region " + currency, "currency_code", currency))
                .text("/region/id");
    }

    private static Map<String, Object> option(String regionId, Object amount) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Express Shipping", "region_id", regionId, "type", EXPRESS));
        body.put("amount", amount);
        return body;
    }

    private String createOption(String regionId, long amount) {
        return admin().post("/admin/shipping-options", option(regionId, amount)).text("/shipping_option/id");
    }

    @Test
    void optionPricedInItsRegionIsShapedLikeMedusas() {
        String regionId = newRegion("eur");

        Response created = admin().post("/admin/shipping-options", option(regionId, 2500));

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.text("/shipping_option/id")).startsWith("so_");
        assertThat(created.text("/shipping_option/price_type")).isEqualTo("flat");
        assertThat(created.text("/shipping_option/provider_id")).isEqualTo("manual_manual");
        assertThat(created.text("/shipping_option/provider/id")).isEqualTo("manual_manual");
        assertThat(created.text("/shipping_option/type/code")).isEqualTo("express");
        assertThat(created.text("/shipping_option/rules/1/attribute")).isEqualTo("is_return");
        assertThat(created.text("/shipping_option/rules/1/value")).isEqualTo("false");
        assertThat(created.body().at("/shipping_option/amount").asLong()).isEqualTo(2500);
        assertThat(created.text("/shipping_option/prices/0/currency_code")).isEqualTo("eur");
        assertThat(created.text("/shipping_option/prices/0/price_rules/0/attribute")).isEqualTo("region_id");
        assertThat(created.text("/shipping_option/prices/0/price_rules/0/value")).isEqualTo(regionId);
        assertThat(created.body().at("/shipping_option/is_tax_inclusive").asBoolean()).isFalse();
    }

    @Test
    void regionFilterListsOnlyThatRegionsOptions() {
        String europe = newRegion("eur");
        String nordics = newRegion("sek");
        String european = createOption(europe, 500);
        String nordic = createOption(nordics, 4900);

        Response listed = admin().get("/admin/shipping-options?region_id=" + europe);

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().get("count").asLong()).isEqualTo(1);
        assertThat(listed.text("/shipping_options/0/id")).isEqualTo(european);
        assertThat(queries.query(new ListShippingOptionsQuery(nordics),
                ResponseTypes.multipleInstancesOf(ShippingOptionView.class)).join())
                .extracting(ShippingOptionView::id).containsExactly(nordic);
    }

    @Test
    void currencyPriceIsTheAmountInARegionOfThatCurrency() {
        String regionId = newRegion("usd");

        Response created = admin().post("/admin/shipping-options", Map.of("name", "Standard", "region_id", regionId,
                "type", Map.of("label", "Standard", "code", "standard"),
                "prices", List.of(Map.of("currency_code", "USD", "amount", 1500), Map.of("currency_code", "eur", "amount", 1300))));

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.body().at("/shipping_option/amount").asLong()).isEqualTo(1500);
        assertThat(created.text("/shipping_option/prices/1/currency_code")).isEqualTo("eur");
        assertThat(created.body().at("/shipping_option/prices/1/rules_count").asInt()).isZero();
    }

    @Test
    void staleVersionIsAConflictAndChangesNothing() {
        String id = createOption(newRegion("eur"), 1000);
        assertThat(admin().post("/admin/shipping-options/" + id, Map.of("amount", 1200, "version", 0)).status())
                .isEqualTo(200);

        Response stale = admin().withHeader("If-Match", "0").post("/admin/shipping-options/" + id, Map.of("amount", 1));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text("/code")).isEqualTo("concurrent_modification");
        assertThat(admin().get("/admin/shipping-options/" + id).body().at("/shipping_option/amount").asLong())
                .isEqualTo(1200);
    }

    @Test
    void badInputIsInvalidDataNamingTheFieldAndCreatesNothing() {
        String regionId = newRegion("eur");
        Map<String, Object> fraction = option(regionId, 10.5);
        Map<String, Object> negative = option(regionId, -1);
        Map<String, Object> unknownRegion = option("reg_DOESNOTEXIST", 100);
        Map<String, Object> returnOption = option(regionId, 100);
        returnOption.put("is_return", true);
        Map<String, Object> untyped = option(regionId, 100);
        untyped.remove("type");
        Map<String, Object> notANumber = option(regionId, "ten");

        Map<Map<String, Object>, String> expectedField = Map.of(fraction, "'amount'", negative, "'amount'",
                unknownRegion, "'region_id'", returnOption, "'is_return'", untyped, "'type'", notANumber, "amount");
        expectedField.forEach((body, field) -> {
            Response response = admin().post("/admin/shipping-options", body);
            assertThat(response.status()).as(body.toString()).isEqualTo(400);
            assertThat(response.text("/type")).isEqualTo("invalid_data");
            assertThat(response.text("/message")).as(body.toString()).contains(field);
        });
        assertThat(admin().get("/admin/shipping-options?region_id=" + regionId).body().get("count").asLong()).isZero();
    }

    @Test
    void refusedUpdateChangesNothing() {
        String id = createOption(newRegion("eur"), 1000);

        Response response = admin().post("/admin/shipping-options/" + id, Map.of("name", "Renamed",
                "prices", List.of(Map.of("currency_code", "eur", "amount", 100), Map.of("currency_code", "xyz", "amount", 1))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/message")).contains("prices[1].currency_code");
        Response current = admin().get("/admin/shipping-options/" + id);
        assertThat(current.text("/shipping_option/name")).isEqualTo("Express Shipping");
        assertThat(current.body().at("/shipping_option/version").asLong()).isZero();
    }

    @Test
    void deletedOptionIsGoneFromTheRegion() {
        String regionId = newRegion("eur");
        String id = createOption(regionId, 1000);

        Response deleted = admin().delete("/admin/shipping-options/" + id);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.text("/object")).isEqualTo("shipping_option");
        Response gone = admin().get("/admin/shipping-options/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.text("/code")).isEqualTo("shipping_option_not_found");
        assertThat(admin().get("/admin/shipping-options?region_id=" + regionId).body().get("count").asLong()).isZero();
        assertThat(admin().post("/admin/shipping-options/" + id, Map.of("name", "x")).text("/code"))
                .isEqualTo("shipping_option_not_found");
    }
}
