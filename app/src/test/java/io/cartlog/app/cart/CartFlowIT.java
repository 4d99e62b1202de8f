package io.cartlog.app.cart;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The storefront cart flow against the demo catalog (Europe: EUR, 19 % tax; standard shipping 8.00). */
class CartFlowIT extends CartlogIT {

    @Test
    void theDemoCodeSummer25TakesAQuarterOffTheItemsBeforeTaxAndCanBeRemoved() {
        String cartId = mutate("/store/carts", Map.of("items",
                List.of(Map.of("variant_id", variant("classic-t-shirt"), "quantity", 2)))).text("/cart/id");

        Response discounted = mutate("/store/carts/" + cartId + "/promotions", Map.of("promo_codes", List.of("summer25")));

        // 2 × 19.50 = 39.00, a quarter off: 9.75; tax 19 % of 29.25 = 5.5575 → 5.56.
        JsonNode cart = discounted.body().at("/cart");
        assertThat(cart.at("/promotions/0/code").asString()).isEqualTo("SUMMER25");
        assertThat(cart.at("/discount_total").asLong()).isEqualTo(975);
        assertThat(cart.at("/items/0/discount_total").asLong()).isEqualTo(975);
        assertThat(cart.at("/tax_total").asLong()).isEqualTo(556);
        assertThat(cart.at("/total").asLong()).isEqualTo(3900 - 975 + 556);
        assertThat(cart.at("/total").asLong()).isEqualTo(cart.at("/items/0/total").asLong());

        Response removed = store().delete("/store/carts/" + cartId + "/discounts/SUMMER25");

        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.body().at("/cart/discount_total").asLong()).isZero();
        assertThat(removed.body().at("/cart/total").asLong()).isEqualTo(3900 + 741);
    }

    @Test
    void shopperBuildsACartAndTheTotalsAddUp() {
        String classicTee = variant("classic-t-shirt");
        String organicTee = variant("organic-cotton-tee");
        String socks = variant("merino-socks");

        Response created = mutate("/store/carts", Map.of("email", "ada@example.test",
                "items", List.of(Map.of("variant_id", classicTee, "quantity", 2))));
        String cartId = created.text("/cart/id");
        assertThat(created.text("/cart/currency_code")).isEqualTo("eur");
        assertThat(created.text("/cart/region/name")).isEqualTo("Europe");
        assertThat(created.body().at("/cart/items/0/unit_price").asLong()).isEqualTo(1950);
        assertThat(created.body().at("/cart/version").asLong()).isEqualTo(1);

        mutate("/store/carts/" + cartId + "/line-items", Map.of("variant_id", organicTee, "quantity", 1));
        Response again = mutate("/store/carts/" + cartId + "/line-items", Map.of("variant_id", classicTee, "quantity", 1));
        assertThat(again.body().at("/cart/items")).hasSize(2);
        String classicLine = again.text("/cart/items/0/id");
        assertThat(again.body().at("/cart/items/0/quantity").asLong()).isEqualTo(3);

        Response withSocks = mutate("/store/carts/" + cartId + "/line-items", Map.of("variant_id", socks, "quantity", 2));
        String socksLine = withSocks.text("/cart/items/2/id");
        Response deleted = store().delete("/store/carts/" + cartId + "/line-items/" + socksLine);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.text("/id")).isEqualTo(socksLine);
        assertThat(deleted.text("/object")).isEqualTo("line-item");
        assertThat(deleted.body().at("/deleted").asBoolean()).isTrue();
        assertThat(deleted.body().at("/parent/items")).hasSize(2);
        assertThat(store().get("/store/carts/" + cartId).body().at("/cart")).isEqualTo(deleted.body().at("/parent"));

        mutate("/store/carts/" + cartId + "/line-items/" + classicLine, Map.of("quantity", 3));
        Response addressed = mutate("/store/carts/" + cartId, Map.of("shipping_address", Map.of("first_name", "Ada",
                "last_name", "Lovelace", "address_1", "Unter den Linden 1", "city", "Berlin", "country_code", "de",
                "postal_code", "10117")));
        assertThat(addressed.text("/cart/shipping_address/city")).isEqualTo("Berlin");
        assertThat(addressed.text("/cart/email")).isEqualTo("ada@example.test");

        Response options = store().get("/store/shipping-options?cart_id=" + cartId);
        assertThat(options.status()).isEqualTo(200);
        String standard = null;
        for (JsonNode option : options.body().at("/shipping_options")) {
            if (option.path("name").asString().equals("Standard Shipping")) {
                standard = option.path("id").asString();
                assertThat(option.path("amount").asLong()).isEqualTo(800);
            }
        }
        assertThat(options.body().at("/shipping_options")).hasSize(2);
        Response shipped = mutate("/store/carts/" + cartId + "/shipping-methods", Map.of("option_id", standard));

        // By hand: 3 × 19.50 = 58.50, tax 11.115 → 11.12 (half-even of 1111.5 is 1112);
        // 24.50, tax 4.655 → 4.66 (465.5 → 466); shipping 8.00, tax 1.52.
        JsonNode cart = shipped.body().at("/cart");
        assertThat(cart.at("/items/0/subtotal").asLong()).isEqualTo(5850);
        assertThat(cart.at("/items/0/tax_total").asLong()).isEqualTo(1112);
        assertThat(cart.at("/items/0/total").asLong()).isEqualTo(6962);
        assertThat(cart.at("/items/1/tax_total").asLong()).isEqualTo(466);
        assertThat(cart.at("/item_subtotal").asLong()).isEqualTo(8300);
        assertThat(cart.at("/item_tax_total").asLong()).isEqualTo(1578);
        assertThat(cart.at("/item_total").asLong()).isEqualTo(9878);
        assertThat(cart.at("/shipping_subtotal").asLong()).isEqualTo(800);
        assertThat(cart.at("/shipping_tax_total").asLong()).isEqualTo(152);
        assertThat(cart.at("/shipping_total").asLong()).isEqualTo(952);
        assertThat(cart.at("/subtotal").asLong()).isEqualTo(9100);
        assertThat(cart.at("/tax_total").asLong()).isEqualTo(1730);
        assertThat(cart.at("/discount_total").asLong()).isZero();
        assertThat(cart.at("/total").asLong()).isEqualTo(10830);
        assertThat(lineTotals(cart) + cart.at("/shipping_total").asLong()).isEqualTo(cart.at("/total").asLong());

        Response express = mutate("/store/carts/" + cartId + "/shipping-methods",
                Map.of("option_id", expressOption(options)));
        assertThat(express.body().at("/cart/shipping_methods")).hasSize(1);
        assertThat(express.body().at("/cart/shipping_methods/0/amount").asLong()).isEqualTo(1500);

        Response taxes = store().post("/store/carts/" + cartId + "/taxes", Map.of());
        assertThat(taxes.body()).isEqualTo(express.body());
    }

    @Test
    void changingRegionRepricesLinesAndDropsTheShippingMethod() {
        String classicTee = variant("classic-t-shirt");
        Response created = mutate("/store/carts", Map.of("items", List.of(Map.of("variant_id", classicTee, "quantity", 1))));
        String cartId = created.text("/cart/id");
        Response options = store().get("/store/shipping-options?cart_id=" + cartId);
        mutate("/store/carts/" + cartId + "/shipping-methods", Map.of("option_id", expressOption(options)));

        Response moved = mutate("/store/carts/" + cartId, Map.of("region_id", region("United States")));

        JsonNode cart = moved.body().at("/cart");
        assertThat(cart.at("/currency_code").asString()).isEqualTo("usd");
        assertThat(cart.at("/items/0/unit_price").asLong()).isEqualTo(2200);
        assertThat(cart.at("/items/0/tax_total").asLong()).isEqualTo(195);
        assertThat(cart.at("/shipping_methods")).isEmpty();
        assertThat(cart.at("/total").asLong()).isEqualTo(2395);
    }

    @Test
    void aRegionWhereAVariantHasNoPriceIsRefused() {
        String euroOnly = adminVariant(Map.of("title", "Euro tee " + UUID.randomUUID(), "status", "published"));
        Response created = mutate("/store/carts", Map.of("items", List.of(Map.of("variant_id", euroOnly, "quantity", 1))));
        String cartId = created.text("/cart/id");

        assertError(store().post("/store/carts/" + cartId, Map.of("region_id", region("United States"))), 400,
                "invalid_data", null);
        assertThat(store().get("/store/carts/" + cartId).body()).isEqualTo(created.body());
    }

    @Test
    void errorsCarryTheSwitchyardCodes() {
        assertError(store().get("/store/carts/cart_unknown"), 404, "cart_not_found", "Cart with id 'cart_unknown' not found");
        assertError(store().post("/store/carts/cart_unknown/line-items",
                Map.of("variant_id", variant("classic-t-shirt"), "quantity", 1)), 404, "cart_not_found", null);
        assertError(store().post("/store/carts", Map.of("region_id", "reg_unknown")), 404, "region_not_found", null);
        assertError(store().post("/store/carts", Map.of("currency_code", "usd")), 400, "invalid_data", null);
        assertError(store().post("/store/carts", Map.of("sales_channel_id", "sc_not_the_keys")), 400, "invalid_data", null);

        String cartId = mutate("/store/carts", Map.of()).text("/cart/id");
        assertError(store().post("/store/carts/" + cartId + "/line-items", Map.of("variant_id", "variant_unknown",
                "quantity", 1)), 404, "variant_not_found", "Variant with id 'variant_unknown' not found");
        assertError(store().post("/store/carts/" + cartId + "/line-items", Map.of("variant_id",
                variant("quilted-vest"), "quantity", 16)), 409, "insufficient_inventory", null);
        assertError(store().post("/store/carts/" + cartId + "/line-items", Map.of("variant_id",
                variant("classic-t-shirt"), "quantity", 0)), 400, "invalid_data", null);
        assertError(store().post("/store/carts/" + cartId + "/line-items", "{\"variant_id\": "), 400, "invalid_data", null);
        assertError(store().post("/store/carts/" + cartId + "/line-items/cali_unknown", Map.of("quantity", 1)), 404,
                "line_item_not_found", null);
        assertError(store().post("/store/carts/" + cartId + "/shipping-methods", Map.of("option_id", "so_unknown")),
                400, "invalid_data", null);
        assertError(store().post("/store/carts/" + cartId + "/promotions", Map.of("promo_codes", List.of("NOSUCHCODE"))),
                400, "invalid_data", "The promotion code NOSUCHCODE is invalid");
        assertError(store().post("/store/carts", Map.of("promo_codes", List.of("NOSUCHCODE"))), 400, "invalid_data",
                "The promotion code NOSUCHCODE is invalid");

        Response unchanged = store().get("/store/carts/" + cartId);
        assertThat(unchanged.body().at("/cart/version").asLong()).isZero();
        assertThat(unchanged.body().at("/cart/items")).isEmpty();
    }

    @Test
    void unpublishedVariantsAndVariantsOutsideTheKeysChannelsAreNotFound() {
        String draft = adminVariant(Map.of("title", "Draft tee " + UUID.randomUUID(), "status", "draft"));
        Response channel = admin().post("/admin/sales-channels", Map.of("name", "Other " + UUID.randomUUID()));
        String elsewhere = adminVariant(Map.of("title", "Other tee " + UUID.randomUUID(), "status", "published",
                "sales_channels", List.of(Map.of("id", channel.text("/sales_channel/id")))));
        String cartId = mutate("/store/carts", Map.of()).text("/cart/id");

        for (String variantId : List.of(draft, elsewhere)) {
            assertError(store().post("/store/carts/" + cartId + "/line-items",
                    Map.of("variant_id", variantId, "quantity", 1)), 404, "variant_not_found",
                    "Variant with id '" + variantId + "' not found");
        }
        assertThat(store().get("/store/carts/" + cartId).body().at("/cart/items")).isEmpty();
    }

    @Test
    void aLineAddedAfterTheAdminChangedAPriceHasTheNewPrice() {
        Response product = admin().post("/admin/products", Map.of("title", "Repriced tee " + UUID.randomUUID(),
                "status", "published", "options", List.of(Map.of("title", "Size", "values", List.of("S"))),
                "variants", List.of(Map.of("title", "S", "options", Map.of("Size", "S"), "manage_inventory", false,
                        "prices", List.of(Map.of("currency_code", "eur", "amount", 1000))))));
        String productId = product.text("/product/id");
        String variantId = product.text("/product/variants/0/id");
        String before = mutate("/store/carts", Map.of()).text("/cart/id");
        assertThat(mutate("/store/carts/" + before + "/line-items", Map.of("variant_id", variantId, "quantity", 1))
                .body().at("/cart/items/0/unit_price").asLong()).isEqualTo(1000);

        Response repriced = admin().post("/admin/products/" + productId + "/variants/" + variantId,
                Map.of("prices", List.of(Map.of("currency_code", "eur", "amount", 1200))));
        assertThat(repriced.status()).isEqualTo(200);

        String after = mutate("/store/carts", Map.of()).text("/cart/id");
        assertThat(mutate("/store/carts/" + after + "/line-items", Map.of("variant_id", variantId, "quantity", 1))
                .body().at("/cart/items/0/unit_price").asLong()).isEqualTo(1200);
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        String classicTee = variant("classic-t-shirt");
        Response created = mutate("/store/carts", Map.of("items", List.of(Map.of("variant_id", classicTee, "quantity", 1))));
        String cartId = created.text("/cart/id");
        mutate("/store/carts/" + cartId, Map.of("email", "first@example.test", "version", 1));

        assertError(store().post("/store/carts/" + cartId, Map.of("email", "second@example.test", "version", 1)),
                409, "concurrent_modification", null);
        assertError(store().withHeader("If-Match", "\"1\"").post("/store/carts/" + cartId + "/line-items",
                Map.of("variant_id", classicTee, "quantity", 1)), 409, "concurrent_modification", null);

        JsonNode cart = store().get("/store/carts/" + cartId).body().at("/cart");
        assertThat(cart.at("/email").asString()).isEqualTo("first@example.test");
        assertThat(cart.at("/items/0/quantity").asLong()).isEqualTo(1);
        assertThat(cart.at("/version").asLong()).isEqualTo(2);
    }

    @Test
    void fiftyConcurrentAddsWithoutAVersionLoseNoUpdate() throws Exception {
        String classicTee = variant("classic-t-shirt");
        String cartId = mutate("/store/carts", Map.of()).text("/cart/id");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                answers.add(pool.submit(() -> store().post("/store/carts/" + cartId + "/line-items",
                        Map.of("variant_id", classicTee, "quantity", 1))));
            }
            for (Future<Response> answer : answers) {
                assertThat(answer.get().status()).as(answer.get().body().toString()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        JsonNode cart = store().get("/store/carts/" + cartId).body().at("/cart");
        assertThat(cart.at("/items")).hasSize(1);
        assertThat(cart.at("/items/0/quantity").asLong()).isEqualTo(50);
        assertThat(cart.at("/version").asLong()).isEqualTo(50);
    }

    /** A successful mutation, checked to be what a GET right after shows (read-your-writes). */
    private Response mutate(String path, Object body) {
        Response answer = store().post(path, body);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        Response read = store().get("/store/carts/" + answer.text("/cart/id"));
        assertThat(read.body()).isEqualTo(answer.body());
        return answer;
    }




    private static String expressOption(Response options) {
        for (JsonNode option : options.body().at("/shipping_options")) {
            if (option.path("name").asString().equals("Express Shipping")) {
                return option.path("id").asString();
            }
        }
        throw new AssertionError("no express option in " + options.body());
    }

    private static long lineTotals(JsonNode cart) {
        long sum = 0;
        for (JsonNode item : cart.at("/items")) {
            sum += item.path("total").asLong();
        }
        return sum;
    }

}
