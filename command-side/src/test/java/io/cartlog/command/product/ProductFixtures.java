package io.cartlog.command.product;

import io.cartlog.events.product.PhysicalAttributes;
import io.cartlog.events.product.ProductCreatedEvent;
import io.cartlog.events.product.ProductOption;
import io.cartlog.events.product.ProductOptionValue;
import io.cartlog.events.product.ProductVariant;
import io.cartlog.events.product.VariantPrice;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A shirt in sizes S and M, as a command and as the event it produces with {@code SequentialIds}. */
final class ProductFixtures {

    static final String PRODUCT_ID = "prod_1";

    private ProductFixtures() {
    }

    static VariantDraft variant(String title, String size, PriceDraft... prices) {
        return new VariantDraft(title, null, null, null, null, size == null ? null : Map.of("Size", size),
                List.of(prices), null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static PriceDraft price(String currency, long amount) {
        return new PriceDraft(null, currency, BigDecimal.valueOf(amount), null, null);
    }

    static PriceDraft regionalPrice(String currency, long amount, String regionId) {
        return new PriceDraft(null, currency, BigDecimal.valueOf(amount), null, Map.of("region_id", regionId));
    }

    static CreateProductCommand shirt(VariantDraft... variants) {
        return new CreateProductCommand(PRODUCT_ID, "Classic Shirt", null, null, null, "published", null, null,
                List.of(new OptionDraft(null, "Size", List.of("S", "M"))), List.of(variants), null, null, null, null,
                null, null, null, null);
    }

    static CreateProductCommand shirt() {
        return shirt(variant("S", "S", price("eur", 1000)), variant("M", "M", price("eur", 1100)));
    }

    static ProductVariant variantS() {
        return new ProductVariant("variant_1", "S", null, null, null, null, Map.of("Size", "S"),
                List.of(new VariantPrice("price_1", "eur", 1000, null)), true, false, 0, 0, PhysicalAttributes.NONE, null);
    }

    static ProductVariant variantM() {
        return new ProductVariant("variant_2", "M", null, null, null, null, Map.of("Size", "M"),
                List.of(new VariantPrice("price_2", "eur", 1100, null)), true, false, 0, 0, PhysicalAttributes.NONE, null);
    }

    static List<ProductOption> sizes() {
        return List.of(new ProductOption("opt_1", "Size",
                List.of(new ProductOptionValue("optval_1", "S"), new ProductOptionValue("optval_2", "M"))));
    }

    static ProductCreatedEvent shirtCreated() {
        return new ProductCreatedEvent(PRODUCT_ID, "Classic Shirt", "classic-shirt", null, null, "published", null,
                List.of(), sizes(), List.of(variantS(), variantM()), List.of(), null, List.of(), true, false,
                PhysicalAttributes.NONE, null, null);
    }
}
