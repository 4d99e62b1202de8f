package io.cartlog.app.product;

import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProductCategoryIT extends CatalogIT {

    @Test
    void aCategoryIsCreatedUnderItsParentAndListedWithIt() {
        String token = token();
        String parent = createCategory(Map.of("name", "Clothing " + token));

        Response created = admin().post("/admin/product-categories", Map.of("name", "Shirts " + token,
                "parent_category_id", parent, "rank", 2, "metadata", Map.of("icon", "shirt")));

        assertThat(created.status()).isEqualTo(200);
        String child = created.text("/product_category/id");
        assertThat(child).startsWith("pcat_");
        assertThat(created.text("/product_category/handle")).isEqualTo("shirts-" + token);
        assertThat(created.text("/product_category/parent_category/id")).isEqualTo(parent);
        assertThat(created.body().at("/product_category/rank").asInt()).isEqualTo(2);
        assertThat(created.body().at("/product_category/is_active").asBoolean()).isTrue();

        Response children = store().get("/store/product-categories?parent_category_id=" + parent);
        assertThat(children.body().get("count").asLong()).isEqualTo(1);
        assertThat(children.text("/product_categories/0/id")).isEqualTo(child);
        assertThat(store().get("/store/product-categories/" + parent).text("/product_category/category_children/0/id"))
                .isEqualTo(child);
        assertThat(store().get("/store/product-categories?handle=clothing-" + token).text("/product_categories/0/id"))
                .isEqualTo(parent);
    }

    @Test
    void inactiveAndInternalCategoriesAreHiddenFromStorefrontsOnly() {
        String token = token();
        String inactive = createCategory(Map.of("name", "Inactive " + token, "is_active", false));
        String internal = createCategory(Map.of("name", "Internal " + token, "is_internal", true));

        assertThat(store().get("/store/product-categories?q=" + token).body().get("count").asLong()).isZero();
        assertThat(store().get("/store/product-categories/" + inactive).status()).isEqualTo(404);
        assertThat(store().get("/store/product-categories/" + internal).text("/code"))
                .isEqualTo("product_category_not_found");
        assertThat(admin().get("/admin/product-categories?q=" + token).body().get("count").asLong()).isEqualTo(2);
    }

    @Test
    void updateAndDeleteAnswerWithTheReadModel() {
        String token = token();
        String id = createCategory(Map.of("name", "Before " + token, "description", "Described"));

        Response updated = admin().post("/admin/product-categories/" + id, Map.of("name", "After " + token));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.text("/product_category/name")).isEqualTo("After " + token);
        assertThat(updated.text("/product_category/description")).isEqualTo("Described");

        Response deleted = admin().delete("/admin/product-categories/" + id);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.text("/object")).isEqualTo("product_category");
        assertThat(admin().get("/admin/product-categories/" + id).status()).isEqualTo(404);
    }

    @Test
    void badInputIsRefused() {
        String token = token();
        createCategory(Map.of("name", "Taken " + token));

        Response duplicate = admin().post("/admin/product-categories", Map.of("name", "Taken " + token));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.text("/message")).isEqualTo("Product category with handle: taken-" + token + ", already exists.");

        Response orphan = admin().post("/admin/product-categories", Map.of("name", "Orphan " + token,
                "parent_category_id", "pcat_DOESNOTEXIST"));
        assertThat(orphan.status()).isEqualTo(400);
        assertThat(orphan.text("/message")).contains("parent_category_id");

        assertThat(admin().post("/admin/product-categories/pcat_DOESNOTEXIST", Map.of("name", "x")).text("/code"))
                .isEqualTo("product_category_not_found");
        assertThat(store().get("/store/product-categories?limit=-1").status()).isEqualTo(400);
    }
}
