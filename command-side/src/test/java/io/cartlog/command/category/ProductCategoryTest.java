package io.cartlog.command.category;

import io.cartlog.command.common.CatalogKind;
import io.cartlog.command.common.InMemoryCatalogHandles;
import io.cartlog.command.common.Patch;
import io.cartlog.events.category.ProductCategoryCreatedEvent;
import io.cartlog.events.category.ProductCategoryDeletedEvent;
import io.cartlog.events.category.ProductCategoryUpdatedEvent;
import io.cartlog.platform.web.ApiException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProductCategoryTest {

    private AggregateTestFixture<ProductCategory> fixture;
    private InMemoryCatalogHandles catalog;

    @BeforeEach
    void setUp() {
        catalog = new InMemoryCatalogHandles().with(CatalogKind.CATEGORY, "clothing", "pcat_parent");
        fixture = new AggregateTestFixture<>(ProductCategory.class);
        fixture.registerInjectableResource(catalog);
    }

    @Test
    void createsAnActivePublicCategoryUnderItsParent() {
        fixture.givenNoPriorActivity()
                .when(new CreateProductCategoryCommand("pcat_1", "Polo Shirts", null, null, "pcat_parent", null, null,
                        BigDecimal.ONE, null))
                .expectEvents(new ProductCategoryCreatedEvent("pcat_1", "Polo Shirts", "polo-shirts", null, "pcat_parent",
                        true, false, 1, null));
        assertThat(catalog.ownerOf(CatalogKind.CATEGORY, "polo-shirts")).isEqualTo("pcat_1");
    }

    @Test
    void rejectsAParentThatDoesNotExist() {
        fixture.givenNoPriorActivity()
                .when(new CreateProductCategoryCommand("pcat_1", "Polo Shirts", null, null, "pcat_nope", null, null, null,
                        null))
                .expectException(ApiException.class)
                .expectExceptionMessage("Invalid request: Field 'parent_category_id' names no product category: 'pcat_nope'");
    }

    @Test
    void rejectsATakenHandle() {
        fixture.givenNoPriorActivity()
                .when(new CreateProductCategoryCommand("pcat_1", "Clothing", null, null, null, null, null, null, null))
                .expectException(ApiException.class)
                .expectExceptionMessage("Product category with handle: clothing, already exists.");
    }

    @Test
    void updateKeepsUnchangedAttributes() {
        fixture.given(shirts())
                .when(new UpdateProductCategoryCommand("pcat_1", null, null, null, null, null, false, null, null, null))
                .expectEvents(new ProductCategoryUpdatedEvent("pcat_1", "Shirts", "shirts", "All shirts", null, false,
                        false, 0, Map.of("icon", "shirt")));
    }

    @Test
    void aCategoryCannotBeItsOwnParent() {
        fixture.given(shirts())
                .when(new UpdateProductCategoryCommand("pcat_1", null, null, null, null, Patch.of("pcat_1"), null, null,
                        null, null))
                .expectException(ApiException.class)
                .expectExceptionMessage("Invalid request: Field 'parent_category_id' cannot be the category itself")
                .expectNoEvents();
    }

    @Test
    void deletingReleasesTheHandle() {
        catalog.with(CatalogKind.CATEGORY, "shirts", "pcat_1");
        fixture.given(new ProductCategoryCreatedEvent("pcat_1", "Shirts", "shirts", null, null, true, false, 0, null))
                .when(new DeleteProductCategoryCommand("pcat_1", null))
                .expectEvents(new ProductCategoryDeletedEvent("pcat_1"))
                .expectMarkedDeleted();
        assertThat(catalog.exists(CatalogKind.CATEGORY, "pcat_1")).isFalse();
    }

    private static ProductCategoryCreatedEvent shirts() {
        return new ProductCategoryCreatedEvent("pcat_1", "Shirts", "shirts", "All shirts", null, true, false, 0,
                Map.of("icon", "shirt"));
    }
}
