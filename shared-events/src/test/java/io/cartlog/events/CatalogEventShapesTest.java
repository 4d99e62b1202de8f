package io.cartlog.events;

import io.cartlog.events.category.ProductCategoryCreatedEvent;
import io.cartlog.events.category.ProductCategoryDeletedEvent;
import io.cartlog.events.category.ProductCategoryUpdatedEvent;
import io.cartlog.events.collection.ProductCollectionCreatedEvent;
import io.cartlog.events.collection.ProductCollectionDeletedEvent;
import io.cartlog.events.collection.ProductCollectionUpdatedEvent;
import io.cartlog.events.common.PublicEvent;
import io.cartlog.events.product.PhysicalAttributes;
import io.cartlog.events.product.ProductCreatedEvent;
import io.cartlog.events.product.ProductDeletedEvent;
import io.cartlog.events.product.ProductImage;
import io.cartlog.events.product.ProductOption;
import io.cartlog.events.product.ProductOptionValue;
import io.cartlog.events.product.ProductUpdatedEvent;
import io.cartlog.events.product.ProductVariant;
import io.cartlog.events.product.ProductVariantAddedEvent;
import io.cartlog.events.product.ProductVariantRemovedEvent;
import io.cartlog.events.product.ProductVariantUpdatedEvent;
import io.cartlog.events.product.VariantPrice;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Pins the stored JSON of every catalog event: {@code src/test/resources/events/<Event>.v<revision>.json}.
 * A difference means the wire format changed: bump the {@code @Revision} and write an upcaster
 * instead of editing the file. A missing file is written from the current shape, for review.
 */
class CatalogEventShapesTest {

    private static final Path APPROVED = Path.of("src/test/resources/events");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    static Stream<Object> events() {
        ProductVariant variant = new ProductVariant("variant_01", "S", "TS-S", null, "4006381333931", null,
                new LinkedHashMap<>(Map.of("Size", "S")),
                List.of(new VariantPrice("price_01", "eur", 1000, null), new VariantPrice("price_02", "eur", 900, "reg_01")),
                true, false, 25, 0, new PhysicalAttributes(new BigDecimal("400"), null, null, null, null, "pt", null, "cotton"),
                Map.of("fit", "regular"));
        List<ProductOption> options = List.of(new ProductOption("opt_01", "Size",
                List.of(new ProductOptionValue("optval_01", "S"), new ProductOptionValue("optval_02", "M"))));
        List<ProductImage> images = List.of(new ProductImage("img_01", "https://example.test/shirt.png"));
        return Stream.of(
                new ProductCreatedEvent("prod_01", "Classic T-Shirt", "classic-t-shirt", "Cotton", "A shirt.", "published",
                        "https://example.test/shirt.png", images, options, List.of(variant), List.of("pcat_01"), "pcol_01",
                        List.of("sc_01"), true, false, PhysicalAttributes.NONE, "ext-1", Map.of("origin", "import")),
                new ProductUpdatedEvent("prod_01", "Classic T-Shirt", "classic-tee", null, "A shirt.", "draft", null,
                        images, options, List.of(), null, List.of(), true, true,
                        new PhysicalAttributes(new BigDecimal("0.5"), new BigDecimal("30"), null, null, "6109", null, null, null),
                        null, null),
                new ProductDeletedEvent("prod_01"),
                new ProductVariantAddedEvent("prod_01", variant),
                new ProductVariantUpdatedEvent("prod_01", variant),
                new ProductVariantRemovedEvent("prod_01", "variant_01"),
                new ProductCategoryCreatedEvent("pcat_01", "Shirts", "shirts", "All shirts", null, true, false, 1,
                        Map.of("icon", "shirt")),
                new ProductCategoryUpdatedEvent("pcat_02", "Polo shirts", "polo-shirts", null, "pcat_01", false, true, 0, null),
                new ProductCategoryDeletedEvent("pcat_01"),
                new ProductCollectionCreatedEvent("pcol_01", "Summer 2026", "summer-2026", Map.of("season", "summer")),
                new ProductCollectionUpdatedEvent("pcol_01", "Summer 2027", "summer-2027", null),
                new ProductCollectionDeletedEvent("pcol_01"));
    }

    @ParameterizedTest
    @MethodSource("events")
    void serializedFormMatchesTheApprovedFile(Object event) throws IOException {
        Class<?> type = event.getClass();
        assertThat(type.getAnnotation(PublicEvent.class)).as("@PublicEvent on " + type.getSimpleName()).isNotNull();
        Revision revision = type.getAnnotation(Revision.class);
        assertThat(revision).as("@Revision on " + type.getSimpleName()).isNotNull();
        Path approved = APPROVED.resolve(type.getSimpleName() + ".v" + revision.value() + ".json");
        String actual = JSON.writeValueAsString(event);
        if (!Files.exists(approved)) {
            Files.writeString(approved, actual + "\n");
            fail("Wrote " + approved + " from the current shape; review it and run again");
        }

        JsonNode expected = JSON.readTree(Files.readString(approved));
        assertThat(JSON.readTree(actual)).isEqualTo(expected);
        assertThat(JSON.treeToValue(expected, type)).isEqualTo(event);
    }
}
