package io.cartlog.command.collection;

import io.cartlog.command.common.CatalogKind;
import io.cartlog.command.common.InMemoryCatalogHandles;
import io.cartlog.command.common.Patch;
import io.cartlog.events.collection.ProductCollectionCreatedEvent;
import io.cartlog.events.collection.ProductCollectionDeletedEvent;
import io.cartlog.events.collection.ProductCollectionUpdatedEvent;
import io.cartlog.platform.web.ApiException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProductCollectionTest {

    private AggregateTestFixture<ProductCollection> fixture;
    private InMemoryCatalogHandles catalog;

    @BeforeEach
    void setUp() {
        catalog = new InMemoryCatalogHandles();
        fixture = new AggregateTestFixture<>(ProductCollection.class);
        fixture.registerInjectableResource(catalog);
    }

    @Test
    void createsACollectionWithAHandleDerivedFromItsTitle() {
        fixture.givenNoPriorActivity()
                .when(new CreateProductCollectionCommand("pcol_1", "Été 2026", null, null))
                .expectEvents(new ProductCollectionCreatedEvent("pcol_1", "Été 2026", "ete-2026", null));
    }

    @Test
    void rejectsACollectionWithoutTitle() {
        fixture.givenNoPriorActivity()
                .when(new CreateProductCollectionCommand("pcol_1", null, "summer", null))
                .expectException(ApiException.class)
                .expectExceptionMessage("Invalid request: Field 'title' is required");
    }

    @Test
    void updateKeepsUnchangedAttributesAndMovesTheHandle() {
        catalog.with(CatalogKind.COLLECTION, "summer", "pcol_1");
        fixture.given(new ProductCollectionCreatedEvent("pcol_1", "Summer", "summer", Map.of("a", 1)))
                .when(new UpdateProductCollectionCommand("pcol_1", 0L, null, "summer-sale", null))
                .expectEvents(new ProductCollectionUpdatedEvent("pcol_1", "Summer", "summer-sale", Map.of("a", 1)));
        assertThat(catalog.ownerOf(CatalogKind.COLLECTION, "summer")).isNull();
        assertThat(catalog.ownerOf(CatalogKind.COLLECTION, "summer-sale")).isEqualTo("pcol_1");
    }

    @Test
    void metadataPatchedWithNullIsCleared() {
        fixture.given(new ProductCollectionCreatedEvent("pcol_1", "Summer", "summer", Map.of("a", 1)))
                .when(new UpdateProductCollectionCommand("pcol_1", null, null, null, Patch.of(null)))
                .expectEvents(new ProductCollectionUpdatedEvent("pcol_1", "Summer", "summer", null));
    }

    @Test
    void deletesTheCollection() {
        fixture.given(new ProductCollectionCreatedEvent("pcol_1", "Summer", "summer", null))
                .when(new DeleteProductCollectionCommand("pcol_1", null))
                .expectEvents(new ProductCollectionDeletedEvent("pcol_1"))
                .expectMarkedDeleted();
    }
}
