package io.cartlog.app.product;

import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProductStoreIT extends CatalogIT {

    @Test
    void aProductCreatedThroughTheAdminIsInTheVeryNextStoreListing() {
        String token = token();
        String id = createProduct(shirt("Shirt " + token));

        Response listed = store().get("/store/products?q=" + token);

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().get("count").asLong()).isEqualTo(1);
        assertThat(listed.body().get("offset").asInt()).isZero();
        assertThat(listed.body().get("limit").asInt()).isEqualTo(50);
        JsonNode product = listed.body().at("/products/0");
        assertThat(product.get("id").asString()).isEqualTo(id);
        assertThat(product.get("handle").asString()).isEqualTo("shirt-" + token);
        assertThat(product.at("/variants/0/options/0/option/title").asString()).isEqualTo("Size");
        assertThat(product.at("/variants/0/options/0/value").asString()).isEqualTo("S");
        assertThat(product.at("/variants/0/inventory_quantity").asLong()).isEqualTo(5);
        assertThat(product.at("/options/0/values").size()).isEqualTo(2);
        assertThat(product.at("/variants/0").has("prices")).as("store variants show no price list").isFalse();
        assertThat(product.has("sales_channels")).isFalse();
    }

    @Test
    void draftProductsAreInvisibleInTheStore() {
        String token = token();
        Map<String, Object> draft = new HashMap<>(shirt("Draft " + token));
        draft.put("status", "draft");
        String id = createProduct(draft);

        assertThat(store().get("/store/products?q=" + token).body().get("count").asLong()).isZero();
        Response detail = store().get("/store/products/" + id);
        assertThat(detail.status()).isEqualTo(404);
        assertThat(detail.text("/type")).isEqualTo("not_found");
        assertThat(detail.text("/code")).isEqualTo("product_not_found");
        assertThat(detail.text("/message")).isEqualTo("Product with id: " + id + " was not found");
        assertThat(admin().get("/admin/products/" + id).text("/product/status")).isEqualTo("draft");
    }

    @Test
    void publishingADraftShowsItAtOnce() {
        String token = token();
        Map<String, Object> draft = new HashMap<>(shirt("Later " + token));
        draft.put("status", "draft");
        String id = createProduct(draft);
        assertThat(store().get("/store/products/" + id).status()).isEqualTo(404);

        admin().post("/admin/products/" + id, Map.of("status", "published"));

        assertThat(store().get("/store/products/" + id).text("/product/id")).isEqualTo(id);
    }

    @Test
    void aChangeIsServedRightAfterTheAdminAnswersDespiteCachedResponses() {
        String token = token();
        String id = createProduct(shirt("Before " + token));
        assertThat(store().get("/store/products?q=" + token).text("/products/0/title")).isEqualTo("Before " + token);

        admin().post("/admin/products/" + id, Map.of("title", "After " + token));

        assertThat(store().get("/store/products?q=" + token).text("/products/0/title")).isEqualTo("After " + token);
        assertThat(store().get("/store/products/" + id).text("/product/title")).isEqualTo("After " + token);
    }

    @Test
    void variantsArePricedForTheRequestedRegionOrCurrency() {
        String token = token();
        String france = createRegion("eur");
        String germany = createRegion("eur");
        String id = createProduct(Map.of("title", "Priced " + token, "status", "published",
                "variants", List.of(Map.of("title", "One size", "prices", List.of(
                        Map.of("currency_code", "eur", "amount", 1000),
                        Map.of("currency_code", "eur", "amount", 900, "rules", Map.of("region_id", france)),
                        Map.of("currency_code", "usd", "amount", 1200))))));

        JsonNode inFrance = store().get("/store/products/" + id + "?region_id=" + france).body()
                .at("/product/variants/0/calculated_price");
        assertThat(inFrance.get("calculated_amount").asLong()).isEqualTo(900);
        assertThat(inFrance.get("original_amount").asLong()).isEqualTo(900);
        assertThat(inFrance.get("currency_code").asString()).isEqualTo("eur");
        assertThat(inFrance.get("is_calculated_price_tax_inclusive").asBoolean()).isFalse();
        assertThat(inFrance.at("/raw_calculated_amount/value").asString()).isEqualTo("900");
        assertThat(inFrance.at("/calculated_price/id").asString()).startsWith("price_");

        assertThat(store().get("/store/products?q=" + token + "&region_id=" + germany).body()
                .at("/products/0/variants/0/calculated_price/calculated_amount").asLong()).isEqualTo(1000);
        assertThat(store().get("/store/products?q=" + token + "&currency_code=USD").body()
                .at("/products/0/variants/0/calculated_price/calculated_amount").asLong()).isEqualTo(1200);
        assertThat(store().get("/store/products?q=" + token).body().at("/products/0/variants/0")
                .has("calculated_price")).isFalse();
    }

    @Test
    void anUnknownRegionIsRegionNotFound() {
        Response response = store().get("/store/products?region_id=reg_DOESNOTEXIST");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text("/code")).isEqualTo("region_not_found");
        assertThat(response.text("/message")).contains("reg_DOESNOTEXIST");
    }

    @Test
    void filtersByHandleCategoryCollectionAndId() {
        String token = token();
        String category = createCategory(Map.of("name", "Category " + token));
        String collection = createCollection(Map.of("title", "Collection " + token));
        Map<String, Object> inCategory = new HashMap<>(shirt("Categorised " + token));
        inCategory.put("categories", List.of(Map.of("id", category)));
        String categorised = createProduct(inCategory);
        Map<String, Object> inCollection = new HashMap<>(shirt("Collected " + token));
        inCollection.put("collection_id", collection);
        String collected = createProduct(inCollection);
        String plain = createProduct(shirt("Plain " + token));

        assertThat(ids(store().get("/store/products?category_id=" + category))).containsExactly(categorised);
        assertThat(ids(store().get("/store/products?collection_id[]=" + collection))).containsExactly(collected);
        assertThat(ids(store().get("/store/products?handle=plain-" + token))).containsExactly(plain);
        assertThat(ids(store().get("/store/products?id[0]=" + plain + "&id[1]=" + collected + "&order=title")))
                .containsExactly(collected, plain);
        assertThat(ids(store().get("/store/products?id=" + plain + "&id=" + categorised + "&order=-title")))
                .containsExactly(plain, categorised);

        JsonNode product = store().get("/store/products/" + categorised).body().get("product");
        assertThat(product.at("/categories/0/name").asString()).isEqualTo("Category " + token);
        assertThat(store().get("/store/products/" + collected).text("/product/collection/title"))
                .isEqualTo("Collection " + token);
    }

    @Test
    void aRenamedCategoryShowsInItsProductsAtOnce() {
        String token = token();
        String category = createCategory(Map.of("name", "Old " + token));
        Map<String, Object> body = new HashMap<>(shirt("Renamed " + token));
        body.put("categories", List.of(Map.of("id", category)));
        String id = createProduct(body);
        assertThat(store().get("/store/products/" + id).text("/product/categories/0/name")).isEqualTo("Old " + token);

        admin().post("/admin/product-categories/" + category, Map.of("name", "New " + token));

        assertThat(store().get("/store/products/" + id).text("/product/categories/0/name")).isEqualTo("New " + token);
    }

    @Test
    void ordersAndPaginates() {
        String token = token();
        String b = createProduct(shirt(token + " B"));
        String a = createProduct(shirt(token + " A"));
        String c = createProduct(shirt(token + " C"));

        assertThat(ids(store().get("/store/products?q=" + token))).containsExactly(b, a, c);
        assertThat(ids(store().get("/store/products?q=" + token + "&order=-created_at"))).containsExactly(c, a, b);
        assertThat(ids(store().get("/store/products?q=" + token + "&order=title"))).containsExactly(a, b, c);
        assertThat(ids(store().get("/store/products?q=" + token + "&order=-title"))).containsExactly(c, b, a);

        Response page = store().get("/store/products?q=" + token + "&order=title&limit=1&offset=1");
        assertThat(ids(page)).containsExactly(b);
        assertThat(page.body().get("count").asLong()).isEqualTo(3);
        assertThat(page.body().get("limit").asInt()).isEqualTo(1);
        assertThat(page.body().get("offset").asInt()).isEqualTo(1);
    }

    @Test
    void badParametersAreInvalidData() {
        for (String query : List.of("limit=-1", "limit=1001", "limit=ten", "offset=-5", "order=price", "order=-",
                "currency_code=xx1")) {
            Response response = store().get("/store/products?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.text("/type")).as(query).isEqualTo("invalid_data");
        }
        assertThat(store().get("/store/products?order=price").text("/message")).contains("'order'");
    }

    @Test
    void fieldsAndExpandAreAcceptedAndIgnored() {
        String token = token();
        String id = createProduct(shirt("Fields " + token));

        Response response = store().get("/store/products?q=" + token + "&fields=*variants.calculated_price,+metadata"
                + "&expand=variants");

        assertThat(ids(response)).containsExactly(id);
    }

    @Test
    void aKeyScopedToSalesChannelsSeesOnlyTheirProductsAndThoseInNoChannel() {
        String token = token();
        String channelA = salesChannel("Channel A " + token);
        String channelB = salesChannel("Channel B " + token);
        Map<String, Object> inA = new HashMap<>(shirt("Channel A " + token));
        inA.put("sales_channels", List.of(Map.of("id", channelA)));
        String a = createProduct(inA);
        Map<String, Object> inB = new HashMap<>(shirt("Channel B " + token));
        inB.put("sales_channels", List.of(Map.of("id", channelB)));
        String b = createProduct(inB);
        String everywhere = createProduct(shirt("Channel none " + token));

        var scoped = storeScopedTo(channelA);

        assertThat(ids(scoped.get("/store/products?q=" + token))).containsExactly(a, everywhere);
        assertThat(scoped.get("/store/products/" + b).status()).isEqualTo(404);
        assertThat(ids(storeScopedTo().get("/store/products?q=" + token))).containsExactly(a, b, everywhere);
    }

    @Test
    void storeCallsNeedAPublishableKey() {
        Response response = anonymous().get("/store/products");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/type")).isEqualTo("not_allowed");
    }

    private static List<String> ids(Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.body().get("products").forEach(product -> ids.add(product.get("id").asString()));
        return ids;
    }
}
