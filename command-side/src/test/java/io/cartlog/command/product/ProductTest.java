package io.cartlog.command.product;

import io.cartlog.command.common.CatalogKind;
import io.cartlog.command.common.InMemoryCatalogHandles;
import io.cartlog.command.common.Patch;
import io.cartlog.command.common.SequentialIds;
import io.cartlog.events.product.PhysicalAttributes;
import io.cartlog.events.product.ProductCreatedEvent;
import io.cartlog.events.product.ProductDeletedEvent;
import io.cartlog.events.product.ProductOption;
import io.cartlog.events.product.ProductOptionValue;
import io.cartlog.events.product.ProductUpdatedEvent;
import io.cartlog.events.product.ProductVariant;
import io.cartlog.events.product.ProductVariantAddedEvent;
import io.cartlog.events.product.ProductVariantRemovedEvent;
import io.cartlog.events.product.ProductVariantUpdatedEvent;
import io.cartlog.events.product.VariantPrice;
import io.cartlog.platform.web.ApiException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.cartlog.command.product.ProductFixtures.PRODUCT_ID;
import static io.cartlog.command.product.ProductFixtures.price;
import static io.cartlog.command.product.ProductFixtures.regionalPrice;
import static io.cartlog.command.product.ProductFixtures.shirt;
import static io.cartlog.command.product.ProductFixtures.shirtCreated;
import static io.cartlog.command.product.ProductFixtures.sizes;
import static io.cartlog.command.product.ProductFixtures.variant;
import static io.cartlog.command.product.ProductFixtures.variantM;
import static io.cartlog.command.product.ProductFixtures.variantS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class ProductTest {

    private AggregateTestFixture<Product> fixture;
    private InMemoryCatalogHandles catalog;
    private SequentialIds ids;

    @BeforeEach
    void setUp() {
        catalog = new InMemoryCatalogHandles()
                .with(CatalogKind.CATEGORY, "shirts", "pcat_1")
                .with(CatalogKind.COLLECTION, "summer", "pcol_1");
        ids = new SequentialIds();
        fixture = new AggregateTestFixture<>(Product.class);
        fixture.registerInjectableResource(catalog);
        fixture.registerInjectableResource(ids);
    }

    @Test
    void createsAProductWithItsVariantsAndAHandleDerivedFromTheTitle() {
        fixture.givenNoPriorActivity()
                .when(shirt())
                .expectSuccessfulHandlerExecution()
                .expectEvents(shirtCreated());
        assertThat(catalog.ownerOf(CatalogKind.PRODUCT, "classic-shirt")).isEqualTo(PRODUCT_ID);
    }

    @Test
    void aNewProductIsADraftUnlessToldOtherwise() {
        CreateProductCommand command = new CreateProductCommand(PRODUCT_ID, "Mug", null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(new ProductCreatedEvent(PRODUCT_ID, "Mug", "mug", null, null, "draft", null, List.of(),
                        List.of(), List.of(), List.of(), null, List.of(), true, false, PhysicalAttributes.NONE, null, null));
    }

    @Test
    void rejectsAProductWithoutTitle() {
        CreateProductCommand command = new CreateProductCommand(PRODUCT_ID, "  ", null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(ApiException.class)
                .expectExceptionMessage("Invalid request: Field 'title' is required")
                .expectNoEvents();
    }

    @Test
    void rejectsAnUnknownStatus() {
        CreateProductCommand command = new CreateProductCommand(PRODUCT_ID, "Mug", null, null, null, "live", null, null,
                null, null, null, null, null, null, null, null, null, null);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'status' must be one of"))
                .expectNoEvents();
    }

    @Test
    void rejectsAHandleThatIsNotLowerCaseLettersDigitsAndDashes() {
        CreateProductCommand command = new CreateProductCommand(PRODUCT_ID, "Mug", "Big Mug", null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'handle' must consist of lower-case letters"));
    }

    @Test
    void rejectsAHandleAnotherProductHolds() {
        catalog.with(CatalogKind.PRODUCT, "classic-shirt", "prod_other");
        fixture.givenNoPriorActivity()
                .when(shirt())
                .expectException(ApiException.class)
                .expectExceptionMessage("Product with handle: classic-shirt, already exists.")
                .expectNoEvents();
    }

    @Test
    void rejectsVariantsWithDuplicateOptionCombinations() {
        fixture.givenNoPriorActivity()
                .when(shirt(variant("S", "S", price("eur", 1000)), variant("Small", "S", price("eur", 900))))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'variants[1].options' has the same option values"))
                .expectNoEvents();
        assertThat(catalog.ownerOf(CatalogKind.PRODUCT, "classic-shirt")).isNull();
    }

    @Test
    void rejectsAVariantChoosingAValueTheOptionDoesNotOffer() {
        fixture.givenNoPriorActivity()
                .when(shirt(variant("XL", "XL", price("eur", 1000))))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'variants[0].options' has 'XL' for option 'Size'"));
    }

    @Test
    void rejectsAVariantWithoutAValueForEveryOption() {
        fixture.givenNoPriorActivity()
                .when(shirt(variant("Plain", null, price("eur", 1000))))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'variants[0].options' has no value for option 'Size'"));
    }

    @Test
    void rejectsANegativePrice() {
        fixture.givenNoPriorActivity()
                .when(shirt(variant("S", "S", price("eur", -1))))
                .expectException(ApiException.class)
                .expectExceptionMessage("Invalid request: Field 'variants[0].prices[0].amount' must not be negative");
    }

    @Test
    void rejectsAnAmountThatIsNotInMinorUnits() {
        PriceDraft fractional = new PriceDraft(null, "eur", new BigDecimal("10.50"), null, null);
        fixture.givenNoPriorActivity()
                .when(shirt(variant("S", "S", fractional)))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'variants[0].prices[0].amount' must be a whole number"));
    }

    @Test
    void rejectsAnUnknownCurrency() {
        fixture.givenNoPriorActivity()
                .when(shirt(variant("S", "S", price("xyz", 100))))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'variants[0].prices[0].currency_code' is not an ISO 4217"));
    }

    @Test
    void rejectsTwoPricesInOneCurrencyButAcceptsARegionalPriceBesideThePlainOne() {
        fixture.givenNoPriorActivity()
                .when(shirt(variant("S", "S", price("eur", 1000), price("EUR", 900))))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'variants[0].prices[1]' is a second price in 'eur'"));

        setUp();
        fixture.givenNoPriorActivity()
                .when(shirt(variant("S", "S", price("eur", 1000), regionalPrice("eur", 900, "reg_1"))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void rejectsNegativeStock() {
        VariantDraft negative = new VariantDraft("S", null, null, null, null, Map.of("Size", "S"), List.of(), null, null,
                BigDecimal.valueOf(-3), null, null, null, null, null, null, null, null, null, null, null);
        fixture.givenNoPriorActivity()
                .when(shirt(negative))
                .expectException(ApiException.class)
                .expectExceptionMessage("Invalid request: Field 'variants[0].inventory_quantity' must not be negative");
    }

    @Test
    void rejectsACategoryThatDoesNotExist() {
        CreateProductCommand command = new CreateProductCommand(PRODUCT_ID, "Mug", null, null, null, null, null, null,
                null, null, List.of("pcat_1", "pcat_missing"), null, null, null, null, null, null, null);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'categories[1].id' names no product category"));
    }

    @Test
    void updateKeepsUnchangedAttributes() {
        givenShirt()
                .when(new UpdateProductCommand(PRODUCT_ID, null, "Oxford Shirt", null, Patch.of("Blue"), null,
                        null, null, null, null, List.of("pcat_1"), null, null, null, null, null, null, null))
                .expectEvents(new ProductUpdatedEvent(PRODUCT_ID, "Oxford Shirt", "classic-shirt", "Blue", null,
                        "published", null, List.of(), sizes(), List.of("pcat_1"), null, List.of(), true, false,
                        PhysicalAttributes.NONE, null, null))
                .expectResultMessagePayload(1L);
    }

    @Test
    void updateClearsAttributesPatchedWithNull() {
        ProductCreatedEvent inCollection = new ProductCreatedEvent(PRODUCT_ID, "Mug", "mug", "Stoneware", null, "draft",
                null, List.of(), List.of(), List.of(), List.of(), "pcol_1", List.of(), true, false,
                PhysicalAttributes.NONE, null, Map.of("a", 1));
        fixture.given(inCollection)
                .when(new UpdateProductCommand(PRODUCT_ID, null, null, null, Patch.of(null), null, null, null,
                        null, null, null, Patch.of(null), null, null, null, null, null, Patch.of(null)))
                .expectEvents(new ProductUpdatedEvent(PRODUCT_ID, "Mug", "mug", null, null, "draft", null, List.of(),
                        List.of(), List.of(), null, List.of(), true, false, PhysicalAttributes.NONE, null, null));
    }

    @Test
    void changingTheHandleReleasesTheOldOne() {
        catalog.with(CatalogKind.PRODUCT, "classic-shirt", PRODUCT_ID);
        givenShirt()
                .when(new UpdateProductCommand(PRODUCT_ID, null, null, "oxford", null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null))
                .expectSuccessfulHandlerExecution();
        assertThat(catalog.ownerOf(CatalogKind.PRODUCT, "classic-shirt")).isNull();
        assertThat(catalog.ownerOf(CatalogKind.PRODUCT, "oxford")).isEqualTo(PRODUCT_ID);
    }

    @Test
    void renamingAnOptionCarriesTheVariantsChoicesAlong() {
        List<ProductOption> renamed = List.of(new ProductOption("opt_1", "Größe",
                List.of(new ProductOptionValue("optval_1", "S"), new ProductOptionValue("optval_2", "M"))));
        givenShirt()
                .when(new UpdateProductCommand(PRODUCT_ID, null, null, null, null, null, null, null, null,
                        List.of(new OptionDraft("opt_1", "Größe", List.of("S", "M"))), null, null, null, null, null,
                        null, null, null))
                .expectEvents(
                        new ProductUpdatedEvent(PRODUCT_ID, "Classic Shirt", "classic-shirt", null, null, "published",
                                null, List.of(), renamed, List.of(), null, List.of(), true, false,
                                PhysicalAttributes.NONE, null, null),
                        new ProductVariantUpdatedEvent(PRODUCT_ID, withSize(variantS(), "Größe")),
                        new ProductVariantUpdatedEvent(PRODUCT_ID, withSize(variantM(), "Größe")))
                .expectResultMessagePayload(3L);
    }

    @Test
    void optionsThatWouldStrandAVariantAreRefused() {
        givenShirt()
                .when(new UpdateProductCommand(PRODUCT_ID, null, null, null, null, null, null, null, null,
                        List.of(new OptionDraft(null, "Size", List.of("S"))), null, null, null, null, null, null, null,
                        null))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'options' does not fit variant 'M'"))
                .expectNoEvents();
    }

    @Test
    void deletingReleasesTheHandle() {
        catalog.with(CatalogKind.PRODUCT, "classic-shirt", PRODUCT_ID);
        givenShirt()
                .when(new DeleteProductCommand(PRODUCT_ID, null))
                .expectEvents(new ProductDeletedEvent(PRODUCT_ID))
                .expectMarkedDeleted();
        assertThat(catalog.ownerOf(CatalogKind.PRODUCT, "classic-shirt")).isNull();
    }

    @Test
    void addsAVariantWithItsOwnIds() {
        ProductCreatedEvent onlySmall = new ProductCreatedEvent(PRODUCT_ID, "Classic Shirt", "classic-shirt", null, null,
                "published", null, List.of(), sizes(), List.of(variantS()), List.of(), null, List.of(), true, false,
                PhysicalAttributes.NONE, null, null);
        ids.issued("variant", 2).issued("price", 2);
        fixture.given(onlySmall)
                .when(new AddProductVariantCommand(PRODUCT_ID, 0L, variant("M", "M", price("usd", 1500))))
                .expectEvents(new ProductVariantAddedEvent(PRODUCT_ID, new ProductVariant("variant_3", "M", null, null,
                        null, null, Map.of("Size", "M"), List.of(new VariantPrice("price_3", "usd", 1500, null)), true,
                        false, 0, 0, PhysicalAttributes.NONE, null)))
                .expectResultMessagePayload(1L);
    }

    @Test
    void aNewVariantMayNotRepeatAnotherVariantsOptionValues() {
        givenShirt()
                .when(new AddProductVariantCommand(PRODUCT_ID, null, variant("Small again", "S", price("eur", 1))))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("has the same option values {Size=S} as variant 'S'"))
                .expectNoEvents();
    }

    @Test
    void updatingAVariantKeepsThePriceIdOfACurrencyItStillHas() {
        VariantPatch newPrices = new VariantPatch(null, Patch.of("SHIRT-S"), null, null, null, null,
                List.of(price("eur", 1200), price("usd", 1400)), null, true, BigDecimal.TEN, null, null, null, null,
                null, null, null, null, null, null, null);
        givenShirt()
                .when(new UpdateProductVariantCommand(PRODUCT_ID, null, "variant_1", newPrices))
                .expectEvents(new ProductVariantUpdatedEvent(PRODUCT_ID, new ProductVariant("variant_1", "S", "SHIRT-S",
                        null, null, null, Map.of("Size", "S"),
                        List.of(new VariantPrice("price_1", "eur", 1200, null), new VariantPrice("price_3", "usd", 1400, null)),
                        true, true, 10, 0, PhysicalAttributes.NONE, null)));
    }

    @Test
    void updatingAnUnknownVariantIsVariantNotFound() {
        givenShirt()
                .when(new UpdateProductVariantCommand(PRODUCT_ID, null, "variant_9", new VariantPatch("X", null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null)))
                .expectException(ApiException.class)
                .expectExceptionMessage("Variant with id 'variant_9' not found in product 'prod_1'")
                .expectNoEvents();
    }

    @Test
    void removesAVariant() {
        givenShirt()
                .when(new RemoveProductVariantCommand(PRODUCT_ID, null, "variant_2"))
                .expectEvents(new ProductVariantRemovedEvent(PRODUCT_ID, "variant_2"));
    }

    private TestExecutor<Product> givenShirt() {
        ids.issued("variant", 2).issued("price", 2).issued("opt", 1).issued("optval", 2);
        return fixture.given(shirtCreated());
    }

    private static ProductVariant withSize(ProductVariant variant, String optionTitle) {
        return new ProductVariant(variant.id(), variant.title(), variant.sku(), variant.barcode(), variant.ean(),
                variant.upc(), Map.of(optionTitle, variant.options().get("Size")), variant.prices(),
                variant.manageInventory(), variant.allowBackorder(), variant.inventoryQuantity(), variant.variantRank(),
                variant.physical(), variant.metadata());
    }
}
