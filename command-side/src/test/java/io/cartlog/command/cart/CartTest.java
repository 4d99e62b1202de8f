package io.cartlog.command.cart;

import io.cartlog.events.cart.CartCompletedEvent;
import io.cartlog.events.cart.CartCompletionFailedEvent;
import io.cartlog.events.cart.CartCompletionStartedEvent;
import io.cartlog.events.cart.CartCreatedEvent;
import io.cartlog.events.cart.CartLineItem;
import io.cartlog.events.cart.CartPromotion;
import io.cartlog.events.cart.CartRegion;
import io.cartlog.events.cart.CartRegionChangedEvent;
import io.cartlog.events.cart.CartSalesChannelChangedEvent;
import io.cartlog.events.cart.CheckoutCart;
import io.cartlog.events.cart.LineItemAddedEvent;
import io.cartlog.events.cart.LineItemQuantityChangedEvent;
import io.cartlog.events.cart.LineItemRemovedEvent;
import io.cartlog.events.cart.PromotionAppliedEvent;
import io.cartlog.events.cart.PromotionRemovedEvent;
import io.cartlog.events.cart.ShippingMethodRemovedEvent;
import io.cartlog.events.cart.ShippingMethodSetEvent;
import io.cartlog.platform.web.ApiException;
import io.cartlog.queries.product.CartVariantView;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

class CartTest {

    private static final CartRegion EUROPE = new CartRegion("reg_eu", "Europe", "eur", new BigDecimal("19"), true);
    private static final CartRegion US = new CartRegion("reg_us", "United States", "usd", new BigDecimal("8.875"), true);

    private static final CartPromotion SUMMER = new CartPromotion("promo_1", "SUMMER25", "percentage", "items",
            new BigDecimal("25"), null, null);

    private AggregateTestFixture<Cart> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Cart.class);
        // No test here gives a cart an owner; CartOwnershipIT does, against the database.
        fixture.registerInjectableResource(new CartOwners(null));
    }

    @Test
    void createsACartWithItsItems() {
        fixture.givenNoPriorActivity()
                .when(new CreateCartCommand("cart_1", EUROPE, "sc_1", "ada@example.test", null, null, null, null,
                        List.of(new NewLine(shirt("cali_1", 2), null)), List.of(SUMMER), null))
                .expectEvents(created(), new LineItemAddedEvent("cart_1", shirt("cali_1", 2)),
                        new PromotionAppliedEvent("cart_1", SUMMER));
    }

    @Test
    void addingTheSameVariantAgainIncreasesItsLine() {
        fixture.given(created(), new LineItemAddedEvent("cart_1", shirt("cali_1", 2)))
                .when(new AddLineItemCommand("cart_1", null, "cali_2", shirtVariant(null), 3, null))
                .expectEvents(new LineItemQuantityChangedEvent("cart_1", "cali_1", 5, null))
                .expectResultMessagePayload(2L);
    }

    @Test
    void anAddedVariantIsPricedInTheRegionTheCartIsInNow() {
        fixture.given(created(), new CartRegionChangedEvent("cart_1", US, List.of()))
                .when(new AddLineItemCommand("cart_1", null, "cali_1", shirtVariant(null), 1, null))
                .expectEvents(new LineItemAddedEvent("cart_1", shirt("cali_1", 1).withUnitPrice(2100)));
    }

    @Test
    void aVariantOutsideTheCartsSalesChannelIsNotFound() {
        CartVariantView elsewhere = shirtVariant(null);
        elsewhere = new CartVariantView(elsewhere.variantId(), elsewhere.variantTitle(), elsewhere.sku(), null,
                elsewhere.productId(), elsewhere.productTitle(), elsewhere.productHandle(), null, null, null, null,
                List.of(), false, "published", List.of("sc_2"), null, elsewhere.prices(), false, false, 0, 1);
        fixture.given(created())
                .when(new AddLineItemCommand("cart_1", null, "cali_1", elsewhere, 1, null))
                .expectNoEvents()
                .expectExceptionMessage("Variant with id 'variant_1' not found");
    }

    @Test
    void refusesQuantitiesBelowOneOnAdd() {
        fixture.given(created())
                .when(new AddLineItemCommand("cart_1", null, "cali_1", shirtVariant(null), 0, null))
                .expectNoEvents()
                .expectExceptionMessage("Invalid request: Field 'quantity' must be at least 1");
    }

    @Test
    void refusesMoreThanTheStockOfTheVariant() {
        fixture.given(created(), new LineItemAddedEvent("cart_1", shirt("cali_1", 4)))
                .when(new AddLineItemCommand("cart_1", null, "cali_2", shirtVariant(5L), 2, null))
                .expectNoEvents()
                .expectException(ApiException.class)
                .expectExceptionMessage("Variant does not have the required inventory: 6 requested, 5 in stock");
    }

    @Test
    void quantityZeroRemovesTheLine() {
        fixture.given(created(), new LineItemAddedEvent("cart_1", shirt("cali_1", 2)))
                .when(new UpdateLineItemCommand("cart_1", null, "cali_1", 0L, null, null))
                .expectEvents(new LineItemRemovedEvent("cart_1", "cali_1"));
    }

    @Test
    void refusesAnUnknownLine() {
        fixture.given(created())
                .when(new RemoveLineItemCommand("cart_1", null, "cali_404"))
                .expectNoEvents()
                .expectException(ApiException.class)
                .expectExceptionMessage("Line item with id 'cali_404' not found");
    }

    @Test
    void newShippingMethodReplacesTheOld() {
        fixture.given(created(), new ShippingMethodSetEvent("cart_1", "casm_1", "so_standard", "Standard", 800, null))
                .when(new SetShippingMethodCommand("cart_1", null, "reg_eu", "casm_2", "so_express", "Express", 1500,
                        null))
                .expectEvents(new ShippingMethodRemovedEvent("cart_1", "casm_1"),
                        new ShippingMethodSetEvent("cart_1", "casm_2", "so_express", "Express", 1500, null));
    }

    @Test
    void changingRegionRepricesLinesAndDropsShippingMethodsOfTheOldRegion() {
        fixture.given(created(), new LineItemAddedEvent("cart_1", shirt("cali_1", 2)),
                        new ShippingMethodSetEvent("cart_1", "casm_1", "so_standard", "Standard", 800, null))
                .when(new UpdateCartCommand("cart_1", null, null, null, null, null, null, US,
                        Map.of("variant_1", 2200L), Set.of(), null, Set.of(), null))
                .expectEvents(new ShippingMethodRemovedEvent("cart_1", "casm_1"),
                        new CartRegionChangedEvent("cart_1", US,
                                List.of(new CartRegionChangedEvent.RepricedLine("cali_1", 2200))));
    }

    @Test
    void movingToAnotherSalesChannelIsAnEventAndMovingToTheSameOneIsNone() {
        fixture.given(created(), new LineItemAddedEvent("cart_1", shirt("cali_1", 2)))
                .when(new UpdateCartCommand("cart_1", null, null, null, null, null, null, null, Map.of(), Set.of(),
                        "sc_2", Set.of("variant_1"), null))
                .expectEvents(new CartSalesChannelChangedEvent("cart_1", "sc_2"));
        fixture.given(created(), new CartSalesChannelChangedEvent("cart_1", "sc_2"))
                .when(new UpdateCartCommand("cart_1", null, null, null, null, null, null, null, Map.of(), Set.of(),
                        "sc_2", Set.of(), null))
                .expectNoEvents();
    }

    @Test
    void refusesASalesChannelThatDoesNotSellALineOfTheCart() {
        fixture.given(created(), new LineItemAddedEvent("cart_1", shirt("cali_1", 2)))
                .when(new UpdateCartCommand("cart_1", null, null, null, null, null, null, null, Map.of(), Set.of(),
                        "sc_2", Set.of(), null))
                .expectNoEvents()
                .expectException(ApiException.class)
                .expectExceptionMessage("Invalid request: Variant 'variant_1' is not available in sales channel 'sc_2'");
    }

    @Test
    void refusesAStaleExpectedVersion() {
        fixture.given(created(), new LineItemAddedEvent("cart_1", shirt("cali_1", 2)))
                .when(new RemoveLineItemCommand("cart_1", 0L, "cali_1"))
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void applyingAPromotionTwiceAppliesItOnce() {
        fixture.given(created(), new PromotionAppliedEvent("cart_1", SUMMER))
                .when(new ApplyPromotionsCommand("cart_1", null, List.of(SUMMER)))
                .expectNoEvents();
    }

    @Test
    void promoCodesOnAnUpdateReplaceTheCartsPromotions() {
        CartPromotion freeShipping = new CartPromotion("promo_2", "SHIPFREE", "percentage", "shipping",
                new BigDecimal("100"), null, null);
        fixture.given(created(), new PromotionAppliedEvent("cart_1", SUMMER))
                .when(new UpdateCartCommand("cart_1", null, null, null, null, null, null, null, Map.of(), Set.of(),
                        null, Set.of(), List.of(freeShipping)))
                .expectEvents(new PromotionRemovedEvent("cart_1", "promo_1", "SUMMER25"),
                        new PromotionAppliedEvent("cart_1", freeShipping));
    }

    @Test
    void removesPromotionsByCodeIgnoringCase() {
        fixture.given(created(), new PromotionAppliedEvent("cart_1", SUMMER))
                .when(new RemovePromotionsCommand("cart_1", null, List.of("summer25", "UNKNOWN")))
                .expectEvents(new PromotionRemovedEvent("cart_1", "promo_1", "SUMMER25"));
    }

    @Test
    void aCheckoutStartsOnTheCartAsItWas() {
        fixture.given(created(), new LineItemAddedEvent("cart_1", shirt("cali_1", 1)))
                .when(new StartCartCompletionCommand("cart_1", 1, "chk_1", "key-1", "pay_col_1", checkout()))
                .expectEvents(new CartCompletionStartedEvent("cart_1", "chk_1", "key-1", "pay_col_1", checkout()))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aCartBeingCompletedTakesNoOtherChangeNorASecondCheckout() {
        fixture.given(created(), new LineItemAddedEvent("cart_1", shirt("cali_1", 1)),
                        new CartCompletionStartedEvent("cart_1", "chk_1", "key-1", "pay_col_1", checkout()))
                .when(new AddLineItemCommand("cart_1", null, "cali_2", shirtVariant(null), 1, null))
                .expectNoEvents()
                .expectExceptionMessage("Cart cart_1 is being completed");
        fixture.given(created(), new CartCompletionStartedEvent("cart_1", "chk_1", "key-1", "pay_col_1", checkout()))
                .when(new StartCartCompletionCommand("cart_1", 1, "chk_2", "key-2", "pay_col_1", checkout()))
                .expectNoEvents()
                .expectExceptionMessage("Cart cart_1 is being completed");
    }

    @Test
    void aCompletedCartTakesNoChange() {
        fixture.given(created(), new CartCompletionStartedEvent("cart_1", "chk_1", "key-1", "pay_col_1", checkout()),
                        new CartCompletedEvent("cart_1", "chk_1", "order_1"))
                .when(new UpdateLineItemCommand("cart_1", null, "cali_1", 0L, null, null))
                .expectNoEvents()
                .expectExceptionMessage("Cart cart_1 is already completed.");
    }

    @Test
    void aFailedCheckoutReopensTheCartAndOnlyItsOwnAttemptEndsIt() {
        fixture.given(created(), new CartCompletionStartedEvent("cart_1", "chk_1", "key-1", "pay_col_1", checkout()),
                        new CartCompletionFailedEvent("cart_1", "chk_1", "insufficient_inventory", "No stock"))
                .when(new AddLineItemCommand("cart_1", null, "cali_1", shirtVariant(null), 1, null))
                .expectEvents(new LineItemAddedEvent("cart_1", shirt("cali_1", 1)));
        fixture.given(created(), new CartCompletionStartedEvent("cart_1", "chk_2", "key-2", "pay_col_1", checkout()))
                .when(new CompleteCartCommand("cart_1", "chk_1", "order_1"))
                .expectNoEvents();
    }

    private static CheckoutCart checkout() {
        return new CheckoutCart(EUROPE, "sc_1", "ada@example.test", null, null, null, List.of(shirt("cali_1", 1)), null,
                List.of(), Set.of());
    }

    private static CartCreatedEvent created() {
        return new CartCreatedEvent("cart_1", EUROPE, "sc_1", "ada@example.test", null, null, null, null);
    }

    private static CartLineItem shirt(String lineItemId, long quantity) {
        return new CartLineItem(lineItemId, "variant_1", "prod_1", "Shirt", "Shirt", "shirt", "S", "SH-S", null, 1950,
                quantity, null, null, null, null, null, List.of(), false, null);
    }

    /** The shirt as the catalog shows it: 19.50 in euros, 21.00 in dollars; {@code stock} null when unmanaged. */
    private static CartVariantView shirtVariant(Long stock) {
        return new CartVariantView("variant_1", "S", "SH-S", null, "prod_1", "Shirt", "shirt", null, null, null,
                null, List.of(), false, "published", List.of(), null,
                List.of(new CartVariantView.Price("eur", 1950, null), new CartVariantView.Price("usd", 2100, null)),
                stock != null, false, stock == null ? 0 : stock, 1);
    }
}
