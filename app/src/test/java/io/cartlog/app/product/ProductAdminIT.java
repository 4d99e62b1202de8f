package io.cartlog.app.product;

import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProductAdminIT extends CatalogIT {

    @Test
    void anOverLongTitleIsInvalidDataNotAServerError() {
        Response response = admin().post("/admin/products", Map.of("title", "x".repeat(5000)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/message")).contains("'title'").contains("at most");
    }

    @Test
    void jsonValuesOfTheWrongTypeAreRefusedNotConverted() {
        Response numberAsTitle = admin().post("/admin/products", Map.of("title", 123));
        Response textAsAmount = admin().post("/admin/products", Map.of("title", "Typed " + token(),
                "options", List.of(Map.of("title", "Size", "values", List.of("S"))),
                "variants", List.of(Map.of("title", "S", "options", Map.of("Size", "S"),
                        "prices", List.of(Map.of("currency_code", "eur", "amount", "10"))))));

        assertThat(numberAsTitle.status()).isEqualTo(400);
        assertThat(numberAsTitle.text("/message")).contains("'title'").doesNotContain("java.");
        assertThat(textAsAmount.status()).isEqualTo(400);
        assertThat(textAsAmount.text("/message")).contains("variants[0].prices[0].amount");
    }

    @Test
    void aProductInAnUnknownSalesChannelIsRefusedAndNotCreated() {
        String token = token();
        Map<String, Object> body = new HashMap<>(shirt("Nowhere " + token));
        body.put("sales_channels", List.of(Map.of("id", "sc_DOESNOTEXIST")));

        Response refused = admin().post("/admin/products", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/message")).contains("sales_channels").contains("sc_DOESNOTEXIST");
        assertThat(admin().get("/admin/products?q=" + token).body().get("count").asLong()).isZero();
    }

    @Test
    void aMutationOnAnotherResourcesIdIsNotFoundAndChangesNothing() {
        String channel = salesChannel("Not a product " + token());

        Response response = admin().post("/admin/products/" + channel, Map.of("title", "Hijack"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text("/code")).isEqualTo("product_not_found");
        assertThat(admin().get("/admin/sales-channels/" + channel).text("/sales_channel/name")).startsWith("Not a product");
    }

    @Test
    void aCreatedProductIsAnsweredWithItsVariantsPricesAndOptionsAndReadableAtOnce() {
        String token = token();
        Map<String, Object> body = new HashMap<>(shirt("Classic Shirt " + token));
        body.put("images", List.of(Map.of("url", "https://example.test/" + token + ".png")));
        String channel = salesChannel("Web " + token);
        body.put("sales_channels", List.of(Map.of("id", channel)));
        body.put("metadata", Map.of("origin", "it"));

        Response created = admin().post("/admin/products", body);

        assertThat(created.status()).isEqualTo(200);
        JsonNode product = created.body().get("product");
        String id = product.get("id").asString();
        assertThat(id).startsWith("prod_");
        assertThat(product.get("handle").asString()).isEqualTo("classic-shirt-" + token);
        assertThat(product.get("status").asString()).isEqualTo("published");
        assertThat(product.get("version").asLong()).isZero();
        assertThat(product.at("/variants/0/id").asString()).startsWith("variant_");
        assertThat(product.at("/variants/0/prices/0/amount").asLong()).isEqualTo(1000);
        assertThat(product.at("/variants/0/prices/0/currency_code").asString()).isEqualTo("eur");
        assertThat(product.at("/options/0/id").asString()).startsWith("opt_");
        assertThat(product.at("/options/0/values/1/value").asString()).isEqualTo("M");
        assertThat(product.at("/images/0/id").asString()).startsWith("img_");
        assertThat(product.at("/sales_channels/0/id").asString()).isEqualTo(channel);
        assertThat(product.at("/metadata/origin").asString()).isEqualTo("it");

        Response read = admin().get("/admin/products/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("product")).isEqualTo(product);
    }

    @Test
    void updateChangesWhatItNamesKeepsTheRestAndClearsWhatIsNull() {
        String token = token();
        String collection = createCollection(Map.of("title", "Collection " + token));
        Map<String, Object> body = new HashMap<>(shirt("Shirt " + token));
        body.put("subtitle", "Cotton");
        body.put("collection_id", collection);
        String id = createProduct(body);
        Map<String, Object> changes = new HashMap<>();
        changes.put("description", "Now with a description");
        changes.put("collection_id", null);

        Response updated = admin().post("/admin/products/" + id, changes);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.text("/product/description")).isEqualTo("Now with a description");
        assertThat(updated.text("/product/subtitle")).isEqualTo("Cotton");
        assertThat(updated.body().at("/product/collection_id").isNull()).isTrue();
        assertThat(updated.body().at("/product/variants").size()).isEqualTo(2);
        assertThat(admin().get("/admin/products/" + id).text("/product/description")).isEqualTo("Now with a description");
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        String id = createProduct(shirt("Versioned " + token()));
        assertThat(admin().post("/admin/products/" + id, Map.of("title", "Versioned twice", "version", 0)).status())
                .isEqualTo(200);

        Response stale = admin().withHeader("If-Match", "\"0\"").post("/admin/products/" + id, Map.of("title", "Stale"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text("/code")).isEqualTo("concurrent_modification");
        assertThat(admin().get("/admin/products/" + id).text("/product/title")).isEqualTo("Versioned twice");
    }

    @Test
    void aDuplicateHandleIsRefusedAsMedusaRefusesItAndNothingIsCreated() {
        String token = token();
        createProduct(shirt("Twin " + token));

        Response duplicate = admin().post("/admin/products", shirt("Twin " + token));

        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.text("/type")).isEqualTo("invalid_data");
        assertThat(duplicate.text("/message")).isEqualTo("Product with handle: twin-" + token + ", already exists.");
        assertThat(admin().get("/admin/products?q=" + token).body().get("count").asLong()).isEqualTo(1);
    }

    @Test
    void aNegativePriceIsRefusedNamingTheFieldAndNothingIsCreated() {
        String token = token();
        Map<String, Object> body = Map.of("title", "Negative " + token,
                "variants", List.of(Map.of("title", "One", "prices", List.of(Map.of("currency_code", "eur", "amount", -5)))));

        Response refused = admin().post("/admin/products", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/type")).isEqualTo("invalid_data");
        assertThat(refused.text("/message")).contains("variants[0].prices[0].amount");
        assertThat(admin().get("/admin/products?q=" + token).body().get("count").asLong()).isZero();
        assertThat(admin().post("/admin/products", Map.of("title", "Negative " + token)).status())
                .as("the handle was not kept by the refused product").isEqualTo(200);
    }

    @Test
    void malformedOrMistypedBodiesAreInvalidData() {
        Response malformed = admin().post("/admin/products", "{\"title\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text("/type")).isEqualTo("invalid_data");

        Response mistyped = admin().post("/admin/products", Map.of("title", "X", "variants",
                List.of(Map.of("title", "One", "inventory_quantity", "many"))));
        assertThat(mistyped.status()).isEqualTo(400);
        assertThat(mistyped.text("/message")).contains("variants[0].inventory_quantity");
    }

    @Test
    void variantsAreAddedUpdatedAndRemoved() {
        String id = createProduct(Map.of("title", "Mug " + token(),
                "options", List.of(Map.of("title", "Colour", "values", List.of("Red", "Blue"))),
                "variants", List.of(Map.of("title", "Red", "options", Map.of("Colour", "Red"),
                        "prices", List.of(Map.of("currency_code", "eur", "amount", 800))))));

        Response added = admin().post("/admin/products/" + id + "/variants", Map.of("title", "Blue",
                "options", Map.of("Colour", "Blue"), "prices", List.of(Map.of("currency_code", "eur", "amount", 850))));
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body().at("/product/variants").size()).isEqualTo(2);
        String blue = added.text("/product/variants/1/id");

        Response updated = admin().post("/admin/products/" + id + "/variants/" + blue,
                Map.of("prices", List.of(Map.of("currency_code", "eur", "amount", 900)), "inventory_quantity", 7));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().at("/product/variants/1/prices/0/amount").asLong()).isEqualTo(900);
        assertThat(updated.body().at("/product/variants/1/inventory_quantity").asLong()).isEqualTo(7);

        Response removed = admin().delete("/admin/products/" + id + "/variants/" + blue);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.text("/id")).isEqualTo(blue);
        assertThat(removed.text("/object")).isEqualTo("variant");
        assertThat(removed.body().get("deleted").asBoolean()).isTrue();
        assertThat(removed.body().at("/parent/variants").size()).isEqualTo(1);
    }

    @Test
    void aVariantRepeatingAnotherVariantsOptionsIsRefused() {
        String id = createProduct(shirt("Repeated " + token()));

        Response refused = admin().post("/admin/products/" + id + "/variants", Map.of("title", "Small again",
                "options", Map.of("Size", "S")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/message")).contains("'options'").contains("same option values");
        assertThat(admin().get("/admin/products/" + id).body().at("/product/variants").size()).isEqualTo(2);
    }

    @Test
    void unknownProductsAndVariantsAreNotFound() {
        Response product = admin().post("/admin/products/prod_DOESNOTEXIST", Map.of("title", "x"));
        assertThat(product.status()).isEqualTo(404);
        assertThat(product.text("/code")).isEqualTo("product_not_found");
        assertThat(admin().get("/admin/products/prod_DOESNOTEXIST").text("/code")).isEqualTo("product_not_found");

        String id = createProduct(shirt("Lonely " + token()));
        Response variant = admin().post("/admin/products/" + id + "/variants/variant_DOESNOTEXIST", Map.of("title", "x"));
        assertThat(variant.status()).isEqualTo(404);
        assertThat(variant.text("/code")).isEqualTo("variant_not_found");
    }

    @Test
    void aDeletedProductIsGoneAndItsHandleFreeAgain() {
        String token = token();
        String id = createProduct(shirt("Gone " + token));

        Response deleted = admin().delete("/admin/products/" + id);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.text("/object")).isEqualTo("product");
        assertThat(deleted.body().get("deleted").asBoolean()).isTrue();
        assertThat(admin().get("/admin/products/" + id).status()).isEqualTo(404);
        assertThat(store().get("/store/products/" + id).status()).isEqualTo(404);
        assertThat(admin().post("/admin/products/" + id, Map.of("title", "Back")).status()).isEqualTo(404);
        assertThat(createProduct(shirt("Gone " + token))).isNotEqualTo(id);
    }

    @Test
    void theAdminListShowsEveryStatusAndFiltersByStatus() {
        String token = token();
        Map<String, Object> draft = new HashMap<>(shirt("Draft " + token));
        draft.put("status", "draft");
        String draftId = createProduct(draft);
        String publishedId = createProduct(shirt("Published " + token));

        assertThat(admin().get("/admin/products?q=" + token).body().get("count").asLong()).isEqualTo(2);
        Response drafts = admin().get("/admin/products?q=" + token + "&status[]=draft");
        assertThat(drafts.body().get("count").asLong()).isEqualTo(1);
        assertThat(drafts.text("/products/0/id")).isEqualTo(draftId);
        assertThat(admin().get("/admin/products?q=" + token + "&status=published").text("/products/0/id"))
                .isEqualTo(publishedId);
        assertThat(admin().get("/admin/products?status=live").status()).isEqualTo(400);
    }
}
