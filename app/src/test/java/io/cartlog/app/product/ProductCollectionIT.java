package io.cartlog.app.product;

import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProductCollectionIT extends CatalogIT {

    @Test
    void aCollectionIsCreatedAndFoundByHandle() {
        String token = token();

        Response created = admin().post("/admin/collections", Map.of("title", "Summer " + token,
                "metadata", Map.of("season", "summer")));

        assertThat(created.status()).isEqualTo(200);
        String id = created.text("/collection/id");
        assertThat(id).startsWith("pcol_");
        assertThat(created.text("/collection/handle")).isEqualTo("summer-" + token);
        Response found = store().get("/store/collections?handle=summer-" + token);
        assertThat(found.body().get("count").asLong()).isEqualTo(1);
        assertThat(found.text("/collections/0/id")).isEqualTo(id);
        assertThat(found.text("/collections/0/metadata/season")).isEqualTo("summer");
        assertThat(store().get("/store/collections/" + id).text("/collection/title")).isEqualTo("Summer " + token);
    }

    @Test
    void updateAndDeleteAnswerWithTheReadModel() {
        String token = token();
        String id = createCollection(Map.of("title", "Autumn " + token));

        Response updated = admin().post("/admin/collections/" + id, Map.of("handle", "fall-" + token));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.text("/collection/handle")).isEqualTo("fall-" + token);
        assertThat(updated.text("/collection/title")).isEqualTo("Autumn " + token);

        Response deleted = admin().delete("/admin/collections/" + id);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.text("/object")).isEqualTo("collection");
        Response gone = store().get("/store/collections/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.text("/code")).isEqualTo("product_collection_not_found");
    }

    @Test
    void badInputIsRefused() {
        String token = token();
        createCollection(Map.of("title", "Taken " + token));

        Response duplicate = admin().post("/admin/collections", Map.of("title", "Taken " + token));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.text("/message")).isEqualTo("Product collection with handle: taken-" + token + ", already exists.");

        Response badHandle = admin().post("/admin/collections", Map.of("title", "Bad", "handle", "Not A Handle"));
        assertThat(badHandle.status()).isEqualTo(400);
        assertThat(badHandle.text("/message")).contains("'handle'");

        assertThat(admin().post("/admin/collections", "[1, 2").status()).isEqualTo(400);
    }
}
