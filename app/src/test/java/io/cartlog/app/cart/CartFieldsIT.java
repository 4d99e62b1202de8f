package io.cartlog.app.cart;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.platform.testing.ApiClient;
import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The cart's sales channel, country and context, its region's countries, and its lines'
 * adjustments and product data, in Medusa v2's shape, against the demo catalog (Europe: de, fr,
 * ro, EUR, 19 % tax; SUMMER25 takes 25 % off items).
 */
class CartFieldsIT extends CartlogIT {

    /** Medusa v2's line item fields (its default store cart fields, as a real Medusa answers them). */
    private static final List<String> MEDUSA_LINE_ITEM_FIELDS = List.of("id", "thumbnail", "variant_id", "product_id",
            "is_giftcard", "product_type_id", "product_title", "product_description", "product_subtitle",
            "product_type", "product_collection", "product_handle", "variant_sku", "variant_barcode", "variant_title",
            "requires_shipping", "metadata", "created_at", "updated_at", "title", "quantity", "unit_price",
            "compare_at_unit_price", "is_tax_inclusive", "tax_lines", "adjustments", "product");

    @Autowired
    private JdbcClient jdbc;

    @Test
    void salesChannelIdOnAnUpdateMovesTheCartToAnotherChannelOfTheKey() {
        String web = channel("Web");
        String app = channel("App");
        String elsewhere = channel("Elsewhere");
        ApiClient store = storefront(web, app);
        String both = adminVariant(Map.of("title", "Two-channel tee " + UUID.randomUUID(), "status", "published",
                "sales_channels", List.of(Map.of("id", web), Map.of("id", app))));
        String cartId = mutate(store, "/store/carts", Map.of("sales_channel_id", web,
                "items", List.of(Map.of("variant_id", both, "quantity", 1)))).text("/cart/id");

        Response moved = mutate(store, "/store/carts/" + cartId, Map.of("sales_channel_id", app));

        assertThat(moved.text("/cart/sales_channel_id")).isEqualTo(app);
        assertThat(moved.body().at("/cart/version").asLong()).isEqualTo(2);
        Response again = mutate(store, "/store/carts/" + cartId, Map.of("sales_channel_id", app));
        assertThat(again.body()).as("the same channel again changes nothing").isEqualTo(moved.body());

        assertError(store.post("/store/carts/" + cartId, Map.of("sales_channel_id", elsewhere)), 400, "invalid_data",
                "Invalid request: Sales channel with id '" + elsewhere + "' is not associated with the publishable key");
        assertError(store.post("/store/carts/" + cartId, Map.of("sales_channel_id", 42)), 400, "invalid_data", null);
        assertThat(store.get("/store/carts/" + cartId).body()).isEqualTo(moved.body());
    }

    @Test
    void aSalesChannelThatDoesNotSellALineOfTheCartIsRefused() {
        String web = channel("Web");
        String app = channel("App");
        ApiClient store = storefront(web, app);
        String webOnly = adminVariant(Map.of("title", "Web tee " + UUID.randomUUID(), "status", "published",
                "sales_channels", List.of(Map.of("id", web))));
        Response created = mutate(store, "/store/carts", Map.of("sales_channel_id", web,
                "items", List.of(Map.of("variant_id", webOnly, "quantity", 1))));
        String cartId = created.text("/cart/id");

        assertError(store.post("/store/carts/" + cartId, Map.of("sales_channel_id", app, "email", "ada@example.test")),
                400, "invalid_data", "Invalid request: Variant '" + webOnly + "' is not available in sales channel '"
                        + app + "'");
        assertThat(store.get("/store/carts/" + cartId).body()).isEqualTo(created.body());
    }

    @Test
    void aDisabledOrUnknownSalesChannelIsRefusedForAKeyThatOpensEveryChannel() {
        String disabled = admin().post("/admin/sales-channels", Map.of("name", "Closed " + UUID.randomUUID(),
                "is_disabled", true)).text("/sales_channel/id");
        ApiClient store = storefront();
        String cartId = mutate(store, "/store/carts", Map.of()).text("/cart/id");

        assertError(store.post("/store/carts/" + cartId, Map.of("sales_channel_id", disabled)), 400, "invalid_data",
                "Invalid request: Sales channel with id '" + disabled + "' is disabled");
        assertError(store.post("/store/carts/" + cartId, Map.of("sales_channel_id", "sc_unknown")), 400,
                "invalid_data", "Invalid request: Sales channel with id 'sc_unknown' does not exist");
        assertError(store.post("/store/carts", Map.of("sales_channel_id", "sc_unknown")), 400, "invalid_data", null);
        assertThat(store.get("/store/carts/" + cartId).body().at("/cart/version").asLong()).isZero();
    }

    @Test
    void countryCodeOnCreateIsACountryOfTheRegionAndBecomesTheShippingAddressCountry() {
        Response created = mutate(store(), "/store/carts", Map.of("region_id", region("Europe"), "country_code", "FR"));

        JsonNode address = created.body().at("/cart/shipping_address");
        assertThat(address.path("country_code").asString()).isEqualTo("fr");
        assertThat(address.path("first_name").isNull()).isTrue();
        assertThat(address.path("address_1").isNull()).isTrue();
        assertThat(created.body().at("/cart/billing_address").isNull()).isTrue();

        Response addressed = mutate(store(), "/store/carts", Map.of("region_id", region("Europe"), "country_code", "de",
                "shipping_address", Map.of("first_name", "Ada", "city", "Paris", "country_code", "fr")));
        assertThat(addressed.text("/cart/shipping_address/country_code")).as("a given address wins").isEqualTo("fr");
        assertThat(addressed.text("/cart/shipping_address/city")).isEqualTo("Paris");

        assertError(store().post("/store/carts", Map.of("region_id", region("Europe"), "country_code", "us")), 400,
                "invalid_data", "Invalid request: Field 'country_code' must be a country of the region 'Europe', got 'us'");
        assertError(store().post("/store/carts", Map.of("country_code", "xx")), 400, "invalid_data", null);
        assertError(store().post("/store/carts", Map.of("country_code", 49)), 400, "invalid_data", null);
        Response american = mutate(store(), "/store/carts", Map.of("region_id", region("United States"),
                "country_code", "us"));
        assertThat(american.text("/cart/shipping_address/country_code")).isEqualTo("us");
    }

    @Test
    void addressesUseMedusasFieldNames() {
        Map<String, Object> address = Map.of("first_name", "Ada", "last_name", "Lovelace", "company", "Engines Ltd",
                "address_1", "Unter den Linden 1", "address_2", "Hinterhaus", "city", "Berlin", "country_code", "de",
                "province", "BE", "postal_code", "10117", "phone", "+49 30 1234");
        Response created = mutate(store(), "/store/carts", Map.of("shipping_address", address));

        JsonNode shipping = created.body().at("/cart/shipping_address");
        assertThat(shipping.path("address_1").asString()).isEqualTo("Unter den Linden 1");
        assertThat(shipping.path("address_2").asString()).isEqualTo("Hinterhaus");
        for (String field : address.keySet()) {
            assertThat(shipping.path(field).asString()).as(field).isEqualTo(address.get(field));
        }
        assertThat(shipping.has("address1")).isFalse();

        Response billed = mutate(store(), "/store/carts/" + created.text("/cart/id"),
                Map.of("billing_address", Map.of("address1", "Old spelling 2", "city", "Berlin")));
        assertThat(billed.text("/cart/billing_address/address_1")).as("address1 is read too").isEqualTo("Old spelling 2");
    }

    @Test
    void contextOnCreateIsAcceptedAndKeptInTheCartsFirstEvent() {
        Map<String, Object> context = Map.of("ip", "::1", "user_agent", "Chrome");
        Response created = mutate(store(), "/store/carts", Map.of("context", context, "email", "ada@example.test"));
        String cartId = created.text("/cart/id");

        assertThat(created.text("/cart/email")).isEqualTo("ada@example.test");
        assertThat(created.body().at("/cart").has("context")).as("Medusa v2 does not show it").isFalse();
        JsonNode stored = JsonMapper.builder().build().readTree(jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND sequence_number = 0""")
                .param(cartId).query(String.class).single());
        assertThat(stored.path("context").path("ip").asString()).isEqualTo("::1");
        assertThat(stored.path("context").path("user_agent").asString()).isEqualTo("Chrome");

        assertError(store().post("/store/carts", Map.of("context", "chrome")), 400, "invalid_data", null);
    }

    @Test
    void theCartsRegionShowsItsCountriesAsTheRegionsRouteDoes() {
        String europe = region("Europe");
        JsonNode regionCountries = store().get("/store/regions/" + europe).body().at("/region/countries");
        Response created = mutate(store(), "/store/carts", Map.of("region_id", europe));

        JsonNode countries = created.body().at("/cart/region/countries");
        assertThat(countries).isEqualTo(regionCountries);
        assertThat(countries).extracting(country -> country.path("iso_2").asString()).containsExactly("de", "fr", "ro");
        JsonNode germany = countries.get(0);
        assertThat(germany.path("iso_3").asString()).isEqualTo("deu");
        assertThat(germany.path("name").asString()).isEqualTo("GERMANY");
        assertThat(germany.path("display_name").asString()).isEqualTo("Germany");
        assertThat(germany.path("region_id").asString()).isEqualTo(europe);

        Response moved = mutate(store(), "/store/carts/" + created.text("/cart/id"),
                Map.of("region_id", region("United States")));
        assertThat(moved.body().at("/cart/region/countries")).extracting(country -> country.path("iso_2").asString())
                .containsExactly("us");
    }

    @Test
    void eachLineShowsWhatEachPromotionTookOffItAsAnAdjustment() {
        String fixed = promotion(Map.of("type", "fixed", "target_type", "items", "value", 1000, "currency_code", "eur"));
        String cartId = mutate(store(), "/store/carts", Map.of("items", List.of(
                Map.of("variant_id", variant("classic-t-shirt"), "quantity", 3),
                Map.of("variant_id", variant("organic-cotton-tee"), "quantity", 1)))).text("/cart/id");

        Response discounted = mutate(store(), "/store/carts/" + cartId + "/promotions",
                Map.of("promo_codes", List.of("SUMMER25", fixed)));

        // 25 % of 58.50 = 14.625 → 14.62 and of 24.50 = 6.125 → 6.12; then 10.00 over what is left
        // (43.88 and 18.38): 7.05 (7.047…) and 2.95 (2.952…), whole cents by largest remainder.
        JsonNode cart = discounted.body().at("/cart");
        String summerId = promotionId(cart, "SUMMER25");
        String fixedId = promotionId(cart, fixed);
        JsonNode classic = cart.at("/items/0");
        assertThat(classic.path("discount_total").asLong()).isEqualTo(1462 + 705);
        assertAdjustments(classic, List.of("SUMMER25", summerId, 1462L), List.of(fixed, fixedId, 705L));
        JsonNode organic = cart.at("/items/1");
        assertThat(organic.path("discount_total").asLong()).isEqualTo(612 + 295);
        assertAdjustments(organic, List.of("SUMMER25", summerId, 612L), List.of(fixed, fixedId, 295L));
        assertThat(cart.at("/item_discount_total").asLong()).isEqualTo(1462 + 705 + 612 + 295);
        assertThat(adjustmentSum(cart)).isEqualTo(cart.at("/discount_total").asLong());

        String adjustmentId = classic.at("/adjustments/0/id").asString();
        Response more = mutate(store(), "/store/carts/" + cartId + "/line-items/" + classic.path("id").asString(),
                Map.of("quantity", 4));
        assertThat(more.text("/cart/items/0/adjustments/0/id")).as("stable while it applies").isEqualTo(adjustmentId);
        assertThat(more.body().at("/cart/items/0/adjustments/0/amount").asLong()).isEqualTo(1950);
        assertThat(adjustmentSum(more.body().at("/cart"))).isEqualTo(more.body().at("/cart/discount_total").asLong());

        Response removed = store().delete("/store/carts/" + cartId + "/discounts/SUMMER25");
        assertThat(removed.body().at("/cart/items/0/adjustments")).hasSize(1);
        assertThat(removed.text("/cart/items/0/adjustments/0/code")).isEqualTo(fixed);
        assertThat(adjustmentSum(removed.body().at("/cart"))).isEqualTo(1000);
    }

    @Test
    void aShippingPromotionShowsAsTheShippingMethodsAdjustment() {
        String freeShipping = promotion(Map.of("type", "percentage", "target_type", "shipping_methods", "value", 100));
        String cartId = mutate(store(), "/store/carts", Map.of("items",
                List.of(Map.of("variant_id", variant("classic-t-shirt"), "quantity", 1)))).text("/cart/id");
        String standard = null;
        for (JsonNode option : store().get("/store/shipping-options?cart_id=" + cartId).body().at("/shipping_options")) {
            if (option.path("name").asString().equals("Standard Shipping")) {
                standard = option.path("id").asString();
            }
        }
        Response shipped = mutate(store(), "/store/carts/" + cartId + "/shipping-methods", Map.of("option_id", standard));
        String methodId = shipped.text("/cart/shipping_methods/0/id");

        Response free = mutate(store(), "/store/carts/" + cartId + "/promotions", Map.of("promo_codes", List.of(freeShipping)));

        JsonNode cart = free.body().at("/cart");
        assertThat(cart.at("/items/0/adjustments")).isEmpty();
        JsonNode adjustment = cart.at("/shipping_methods/0/adjustments/0");
        assertThat(cart.at("/shipping_methods/0/adjustments")).hasSize(1);
        assertThat(adjustment.path("id").asString()).startsWith("casmadj_");
        assertThat(adjustment.path("shipping_method_id").asString()).isEqualTo(methodId);
        assertThat(adjustment.path("code").asString()).isEqualTo(freeShipping);
        assertThat(adjustment.path("promotion_id").asString()).isEqualTo(promotionId(cart, freeShipping));
        assertThat(adjustment.path("amount").asLong()).isEqualTo(800);
        assertThat(cart.at("/shipping_total").asLong()).isZero();
    }

    @Test
    void aLineCarriesTheProductAndVariantDataMedusasLineItemHas() {
        JsonNode product = store().get("/store/products?handle=classic-t-shirt").body().at("/products/0");
        JsonNode variant = product.at("/variants/0");

        Response created = mutate(store(), "/store/carts", Map.of("items",
                List.of(Map.of("variant_id", variant.path("id").asString(), "quantity", 1))));

        JsonNode line = created.body().at("/cart/items/0");
        for (String field : MEDUSA_LINE_ITEM_FIELDS) {
            assertThat(line.has(field)).as("line item field %s", field).isTrue();
        }
        assertThat(line.path("product_id").asString()).isEqualTo(product.path("id").asString());
        assertThat(line.path("product_title").asString()).isEqualTo("Classic T-Shirt");
        assertThat(line.path("product_handle").asString()).isEqualTo("classic-t-shirt");
        assertThat(line.path("product_description").asString()).isEqualTo(product.path("description").asString());
        assertThat(line.path("product_subtitle").isNull()).isTrue();
        assertThat(line.path("product_collection").asString()).isEqualTo(product.at("/collection/title").asString());
        assertThat(line.path("product_type").isNull()).isTrue();
        assertThat(line.path("product_type_id").isNull()).isTrue();
        assertThat(line.path("thumbnail").asString()).isEqualTo(product.path("thumbnail").asString());
        assertThat(line.path("variant_title").asString()).isEqualTo(variant.path("title").asString());
        assertThat(line.path("variant_sku").asString()).isEqualTo(variant.path("sku").asString());
        assertThat(line.path("variant_barcode").isNull()).isTrue();
        assertThat(line.path("is_giftcard").asBoolean()).isFalse();
        assertThat(line.path("compare_at_unit_price").isNull()).isTrue();

        JsonNode lineProduct = line.path("product");
        assertThat(lineProduct.path("id").asString()).isEqualTo(product.path("id").asString());
        assertThat(lineProduct.path("collection_id").asString()).isEqualTo(product.path("collection_id").asString());
        assertThat(lineProduct.path("type_id").isNull()).isTrue();
        assertThat(lineProduct.path("categories")).extracting(category -> category.path("id").asString())
                .containsExactlyElementsOf(ids(product.path("categories")));
        assertThat(lineProduct.path("categories")).isNotEmpty();
        assertThat(lineProduct.path("tags")).isEmpty();

        JsonNode lineVariant = line.path("variant");
        assertThat(lineVariant.path("id").asString()).isEqualTo(variant.path("id").asString());
        assertThat(lineVariant.path("title").asString()).isEqualTo(variant.path("title").asString());
        assertThat(lineVariant.path("sku").asString()).isEqualTo(variant.path("sku").asString());
        assertThat(lineVariant.path("barcode").isNull()).isTrue();
        assertThat(lineVariant.path("product_id").asString()).isEqualTo(product.path("id").asString());

        Response more = mutate(store(), "/store/carts/" + created.text("/cart/id") + "/line-items/" + line.path("id")
                .asString(), Map.of("quantity", 2));
        JsonNode after = more.body().at("/cart/items/0");
        assertThat(after.path("product_collection")).as("kept through a quantity change")
                .isEqualTo(line.path("product_collection"));
        assertThat(after.path("product")).isEqualTo(line.path("product"));
    }

    @Test
    void aCartStoredBeforeTheseFieldsIsReadWithoutThemAndKeepsWorking() {
        String europe = region("Europe");
        String channel = mutate(store(), "/store/carts", Map.of()).text("/cart/sales_channel_id");
        JsonNode product = store().get("/store/products?handle=classic-t-shirt").body().at("/products/0");
        String variantId = product.at("/variants/0/id").asString();
        String cartId = "cart_" + UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
        storeRevision1(cartId, 0, "CartCreatedEvent", """
                {"cartId": "%s", "region": {"regionId": "%s", "name": "Europe", "currencyCode": "eur", "taxRate": 19,
                 "automaticTaxes": true}, "salesChannelId": "%s", "email": null, "customerId": null,
                 "shippingAddress": null, "billingAddress": null, "metadata": null}""".formatted(cartId, europe, channel));
        storeRevision1(cartId, 1, "LineItemAddedEvent", """
                {"cartId": "%s", "item": {"lineItemId": "cali_OLD", "variantId": "%s", "productId": "%s",
                 "title": "Classic T-Shirt", "productTitle": "Classic T-Shirt", "productHandle": "classic-t-shirt",
                 "variantTitle": "S", "variantSku": "CLASSIC-T-SHIRT-S", "thumbnail": null, "unitPrice": 1950,
                 "quantity": 1, "metadata": null}}""".formatted(cartId, variantId, product.path("id").asString()));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(store().get("/store/carts/" + cartId).body().at("/cart/version").asLong()).isEqualTo(1));
        JsonNode old = store().get("/store/carts/" + cartId).body().at("/cart");
        assertThat(old.at("/region/countries")).isEmpty();
        assertThat(old.at("/items/0/product_collection").isNull()).isTrue();
        assertThat(old.at("/items/0/product/categories")).isEmpty();
        JsonNode projected = JsonMapper.builder().build().readTree(jdbc.sql("SELECT document FROM cart_view WHERE id = ?")
                .param(cartId).query(String.class).single());
        assertThat(projected.at("/region/countries").isArray()).as("read through the upcasters").isTrue();

        Response added = mutate(store(), "/store/carts/" + cartId + "/line-items",
                Map.of("variant_id", variantId, "quantity", 1));
        assertThat(added.body().at("/cart/items")).hasSize(1);
        assertThat(added.body().at("/cart/items/0/quantity").asLong()).isEqualTo(2);
        Response discounted = mutate(store(), "/store/carts/" + cartId + "/promotions",
                Map.of("promo_codes", List.of("SUMMER25")));
        assertThat(discounted.body().at("/cart/items/0/adjustments/0/amount").asLong()).isEqualTo(975);
    }

    // ------------------------------------------------------------------ helpers

    /** An event as a Cartlog before revision 2 of the cart events stored it. */
    private void storeRevision1(String cartId, long sequence, String event, String payload) {
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                        time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, ?, 'Cart', ?, ?, '1', ?, ?)""")
                .params(UUID.randomUUID().toString(), cartId, sequence, Instant.now().toString(),
                        "io.cartlog.events.cart." + event, payload.getBytes(StandardCharsets.UTF_8),
                        "{}".getBytes(StandardCharsets.UTF_8))
                .update();
    }

    @SafeVarargs
    private static void assertAdjustments(JsonNode line, List<Object>... expected) {
        JsonNode adjustments = line.path("adjustments");
        assertThat(adjustments).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            JsonNode adjustment = adjustments.get(i);
            assertThat(adjustment.path("id").asString()).startsWith("caliadj_");
            assertThat(adjustment.path("item_id").asString()).isEqualTo(line.path("id").asString());
            assertThat(adjustment.path("code").asString()).isEqualTo(expected[i].get(0));
            assertThat(adjustment.path("promotion_id").asString()).isEqualTo(expected[i].get(1));
            assertThat(adjustment.path("amount").asLong()).isEqualTo(expected[i].get(2));
            assertThat(adjustment.path("is_tax_inclusive").asBoolean()).isFalse();
        }
    }

    private static long adjustmentSum(JsonNode cart) {
        long sum = 0;
        for (JsonNode item : cart.path("items")) {
            for (JsonNode adjustment : item.path("adjustments")) {
                sum += adjustment.path("amount").asLong();
            }
        }
        for (JsonNode method : cart.path("shipping_methods")) {
            for (JsonNode adjustment : method.path("adjustments")) {
                sum += adjustment.path("amount").asLong();
            }
        }
        return sum;
    }

    private static String promotionId(JsonNode cart, String code) {
        for (JsonNode promotion : cart.path("promotions")) {
            if (promotion.path("code").asString().equals(code)) {
                return promotion.path("id").asString();
            }
        }
        throw new AssertionError("no promotion " + code + " in " + cart);
    }

    private static List<String> ids(JsonNode resources) {
        List<String> ids = new ArrayList<>();
        resources.forEach(resource -> ids.add(resource.path("id").asString()));
        return ids;
    }

    /** A new active promotion with this application method; its code. */
    private String promotion(Map<String, Object> applicationMethod) {
        String code = ("CART" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase(Locale.ROOT);
        Response created = admin().post("/admin/promotions", Map.of("code", code, "type", "standard",
                "application_method", applicationMethod));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        return code;
    }

    private String channel(String name) {
        Response created = admin().post("/admin/sales-channels", Map.of("name", name + " " + UUID.randomUUID()));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        return created.text("/sales_channel/id");
    }

    /** A storefront with a new publishable key opening these channels (every channel when none). */
    private ApiClient storefront(String... channelIds) {
        Response created = admin().post("/admin/api-keys", Map.of("title", "Cart key", "type", "publishable"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        if (channelIds.length > 0) {
            Response linked = admin().post("/admin/api-keys/" + created.text("/api_key/id") + "/sales-channels",
                    Map.of("add", List.of(channelIds)));
            assertThat(linked.status()).as(linked.body().toString()).isEqualTo(200);
        }
        ApiClient store = anonymous().asStorefront(created.text("/api_key/token"));
        // The platform caches key lookups for two seconds: wait until the key opens its channels.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(store.get("/store/regions").status()).isEqualTo(200);
            for (String channelId : channelIds) {
                assertThat(store.post("/store/carts", Map.of("sales_channel_id", channelId)).status()).isEqualTo(200);
            }
        });
        return store;
    }

    /** A successful mutation, checked to be what a GET right after shows (read-your-writes). */
    private static Response mutate(ApiClient store, String path, Object body) {
        Response answer = store.post(path, body);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        Response read = store.get("/store/carts/" + answer.text("/cart/id"));
        assertThat(read.body()).isEqualTo(answer.body());
        return answer;
    }




}
