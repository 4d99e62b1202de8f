package io.cartlog.query.product;

import io.cartlog.events.product.PhysicalAttributes;
import io.cartlog.events.product.ProductCreatedEvent;
import io.cartlog.events.product.ProductVariant;
import io.cartlog.events.product.VariantPrice;
import io.cartlog.queries.product.CartVariantView;
import io.cartlog.queries.product.ProductView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** What storefronts and carts see as a variant's stock: available units for managed variants with an item. */
class AvailableStockTest {

    private static final String MANAGED = "variant_01JMANAGED";
    private static final String UNMANAGED = "variant_01JUNMANAGED";
    private static final ProductDocument PRODUCT = ProductDocument.created(new ProductCreatedEvent("prod_01J",
            "Shirt", "shirt", null, null, "published", null, List.of(), List.of(),
            List.of(variant(MANAGED, true, 5), variant(UNMANAGED, false, 7)), List.of(), null, List.of(), true,
            false, PhysicalAttributes.NONE, null, null), Instant.parse("2026-01-01T10:00:00Z"));

    private static ProductVariant variant(String id, boolean manageInventory, long inventoryQuantity) {
        return new ProductVariant(id, id, null, null, null, null, Map.of(),
                List.of(new VariantPrice("price_" + id, "eur", 1000, null)), manageInventory, false, inventoryQuantity,
                0, PhysicalAttributes.NONE, null);
    }

    private static CartVariantView cartVariant(String variantId, OptionalLong available) {
        return CartVariants.of(PRODUCT, 3, variantId, () -> available, collectionId -> Optional.empty()).orElseThrow();
    }

    private static List<Long> storeQuantities(Map<String, Long> available) {
        return ProductRenderer.render(PRODUCT, 3, Map.of(), Map.of(), available, null, true).variants().stream()
                .map(ProductView.VariantView::inventoryQuantity).toList();
    }

    @Test
    void aCartSeesWhatAManagedVariantsItemHasAvailable() {
        assertThat(cartVariant(MANAGED, OptionalLong.of(2)).inventoryQuantity()).isEqualTo(2);
    }

    @Test
    void aCartSeesTheCatalogsFigureUntilTheItemIsProjected() {
        assertThat(cartVariant(MANAGED, OptionalLong.empty()).inventoryQuantity()).isEqualTo(5);
    }

    @Test
    void aVariantWhoseStockIsNotManagedKeepsTheCatalogsFigureEvenWithAnItem() {
        assertThat(cartVariant(UNMANAGED, OptionalLong.of(1)).inventoryQuantity()).isEqualTo(7);
    }

    @Test
    void anUnmanagedVariantDoesNotLookUpItsStock() {
        CartVariantView variant = CartVariants.of(PRODUCT, 3, UNMANAGED, () -> {
            throw new AssertionError("stock looked up for a variant whose stock is not managed");
        }, collectionId -> Optional.empty()).orElseThrow();

        assertThat(variant.inventoryQuantity()).isEqualTo(7);
    }

    @Test
    void storefrontsSeeAvailableUnitsOfManagedVariants() {
        assertThat(storeQuantities(Map.of(MANAGED, 0L, UNMANAGED, 1L))).containsExactly(0L, 7L);
        assertThat(storeQuantities(Map.of())).containsExactly(5L, 7L);
    }
}
