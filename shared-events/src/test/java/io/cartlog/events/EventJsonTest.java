package io.cartlog.events;

import io.cartlog.events.apikey.ApiKeyCreatedEvent;
import io.cartlog.events.apikey.ApiKeyDeletedEvent;
import io.cartlog.events.apikey.ApiKeyRevokedEvent;
import io.cartlog.events.apikey.ApiKeySalesChannelsChangedEvent;
import io.cartlog.events.apikey.ApiKeyUpdatedEvent;
import io.cartlog.events.cart.CartAddress;
import io.cartlog.events.cart.CartCompletedEvent;
import io.cartlog.events.cart.CartCompletionFailedEvent;
import io.cartlog.events.cart.CartCompletionStartedEvent;
import io.cartlog.events.cart.CartCreatedEvent;
import io.cartlog.events.cart.CartDetailsUpdatedEvent;
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
import io.cartlog.events.category.ProductCategoryCreatedEvent;
import io.cartlog.events.category.ProductCategoryDeletedEvent;
import io.cartlog.events.category.ProductCategoryUpdatedEvent;
import io.cartlog.events.collection.ProductCollectionCreatedEvent;
import io.cartlog.events.collection.ProductCollectionDeletedEvent;
import io.cartlog.events.collection.ProductCollectionUpdatedEvent;
import io.cartlog.events.common.PublicEvent;
import io.cartlog.events.customer.CustomerAddress;
import io.cartlog.events.customer.CustomerAddressAddedEvent;
import io.cartlog.events.customer.CustomerAddressRemovedEvent;
import io.cartlog.events.customer.CustomerAddressUpdatedEvent;
import io.cartlog.events.customer.CustomerCreatedEvent;
import io.cartlog.events.customer.CustomerPasswordResetRequestedEvent;
import io.cartlog.events.customer.CustomerRegisteredEvent;
import io.cartlog.events.customer.CustomerUpdatedEvent;
import io.cartlog.events.inventory.InventoryStockedQuantitySetEvent;
import io.cartlog.events.inventory.StockReservationReleasedEvent;
import io.cartlog.events.inventory.ReservedStockConsumedEvent;
import io.cartlog.events.inventory.StockReservedEvent;
import io.cartlog.events.inventory.StockReturnedEvent;
import io.cartlog.events.order.OrderCanceledEvent;
import io.cartlog.events.order.OrderCompletedEvent;
import io.cartlog.events.order.OrderFulfillmentCreatedEvent;
import io.cartlog.events.order.OrderFulfillmentDeliveredEvent;
import io.cartlog.events.order.OrderFulfillmentShippedEvent;
import io.cartlog.events.order.OrderPlacedEvent;
import io.cartlog.events.payment.PaymentAuthorizationFailedEvent;
import io.cartlog.events.payment.PaymentAuthorizedEvent;
import io.cartlog.events.payment.PaymentCanceledEvent;
import io.cartlog.events.payment.PaymentCapturedEvent;
import io.cartlog.events.payment.PaymentCollectionAmountChangedEvent;
import io.cartlog.events.payment.PaymentCollectionCreatedEvent;
import io.cartlog.events.payment.PaymentRefundedEvent;
import io.cartlog.events.payment.PaymentSessionCreatedEvent;
import io.cartlog.events.payment.PaymentSessionDeletedEvent;
import io.cartlog.events.payment.PaymentSessionSelectedEvent;
import io.cartlog.events.payment.PaymentSessionUpdatedEvent;
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
import io.cartlog.events.promotion.PromotionCreatedEvent;
import io.cartlog.events.promotion.PromotionDeletedEvent;
import io.cartlog.events.promotion.PromotionUpdatedEvent;
import io.cartlog.events.region.RegionCreatedEvent;
import io.cartlog.events.region.RegionDeletedEvent;
import io.cartlog.events.region.RegionUpdatedEvent;
import io.cartlog.events.returnreason.ReturnReasonCreatedEvent;
import io.cartlog.events.returnreason.ReturnReasonDeletedEvent;
import io.cartlog.events.returnreason.ReturnReasonUpdatedEvent;
import io.cartlog.events.returns.ReturnCanceledEvent;
import io.cartlog.events.returns.ReturnReceivedEvent;
import io.cartlog.events.returns.ReturnRequestedEvent;
import io.cartlog.events.saleschannel.SalesChannelCreatedEvent;
import io.cartlog.events.saleschannel.SalesChannelDeletedEvent;
import io.cartlog.events.saleschannel.SalesChannelUpdatedEvent;
import io.cartlog.events.shipping.ShippingOptionCreatedEvent;
import io.cartlog.events.shipping.ShippingOptionDeletedEvent;
import io.cartlog.events.shipping.ShippingOptionPrice;
import io.cartlog.events.shipping.ShippingOptionType;
import io.cartlog.events.shipping.ShippingOptionUpdatedEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins each event's stored JSON to {@code events/<Event>.v<revision>.json}: the event store
 * keeps payloads forever, so a change to an event's shape must show up here and come with a
 * new revision and an upcaster, never silently.
 */
class EventJsonTest {

    /** Serialized as Axon's Jackson 3 serializer does: a default mapper, names as declared. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static List<Object> events() {
        List<Object> events = new ArrayList<>();
        events.addAll(regionEvents());
        events.addAll(catalogEvents());
        events.addAll(channelAndKeyEvents());
        events.addAll(promotionEvents());
        events.addAll(cartEvents());
        events.addAll(paymentEvents());
        events.addAll(inventoryEvents());
        events.addAll(checkoutEvents());
        events.addAll(orderEvents());
        events.addAll(returnReasonEvents());
        events.addAll(returnEvents());
        events.addAll(customerEvents());
        return events;
    }

    private static List<Object> customerEvents() {
        CustomerAddress home = new CustomerAddress("cuaddr_01JHOME", "Home", "Jane", "Doe", null, "Torstrasse 1", null,
                "Berlin", "de", null, "10119", null, true, false, null);
        CustomerAddress moved = new CustomerAddress("cuaddr_01JHOME", "Home", "Jane", "Doe", null, "Torstrasse 2",
                "2nd floor", "Berlin", "de", null, "10119", "+49 30 1234567", true, true, Map.of("door", "blue"));
        return List.of(
                new CustomerCreatedEvent("cus_01JJANE", "jane@example.com", "Jane", "Doe", "+49 30 1234567", null,
                        Map.of("source", "storefront"), true),
                new CustomerUpdatedEvent("cus_01JJANE", "jane@example.com", "Jane", "Roe", null, "Roe GmbH", null),
                new CustomerRegisteredEvent("cus_01JJANE"),
                new CustomerAddressAddedEvent("cus_01JJANE", home),
                new CustomerAddressUpdatedEvent("cus_01JJANE", moved),
                new CustomerAddressRemovedEvent("cus_01JJANE", "cuaddr_01JHOME"),
                new CustomerPasswordResetRequestedEvent("cus_01JJANE",
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                        Instant.parse("2026-11-22T15:15:00Z")));
    }

    private static List<Object> returnEvents() {
        return List.of(
                new ReturnRequestedEvent("order_01JORDER", "ret_01JRETURN",
                        List.of(new ReturnRequestedEvent.Item("ordli_01JITEM", 1, "rr_01JWRONGSIZE", "Too small", 2321)),
                        new ReturnRequestedEvent.Shipping("so_01JRETURN", "Return by post", 500), "Both boxes", 1821),
                new ReturnReceivedEvent("order_01JORDER", "ret_01JRETURN", "ref_01JRETURN", 1821),
                new ReturnCanceledEvent("order_01JORDER", "ret_01JRETURN"));
    }

    private static List<Object> returnReasonEvents() {
        return List.of(
                new ReturnReasonCreatedEvent("rr_01JWRONGSIZE", "wrong_size", "Wrong size", "Too small or too large",
                        Map.of("shown", "storefront")),
                new ReturnReasonUpdatedEvent("rr_01JWRONGSIZE", "wrong_size", "Does not fit", null, null),
                new ReturnReasonDeletedEvent("rr_01JWRONGSIZE"));
    }

    private static List<Object> regionEvents() {
        return List.of(
                new RegionCreatedEvent("reg_01JEUROPE", "Europe", "eur", List.of("de", "fr"), new BigDecimal("19"), true,
                        Map.of("vat", "included")),
                new RegionUpdatedEvent("reg_01JEUROPE", "Europe", "eur", List.of("de", "fr", "ro"), new BigDecimal("19.5"),
                        false, null),
                new RegionDeletedEvent("reg_01JEUROPE"));
    }

    private static List<Object> catalogEvents() {
        ProductVariant variant = new ProductVariant("variant_01", "S", "TS-S", null, "4006381333931", null,
                new LinkedHashMap<>(Map.of("Size", "S")),
                List.of(new VariantPrice("price_01", "eur", 1000, null), new VariantPrice("price_02", "eur", 900, "reg_01")),
                true, false, 25, 0, new PhysicalAttributes(new BigDecimal("400"), null, null, null, null, "pt", null, "cotton"),
                Map.of("fit", "regular"));
        List<ProductOption> options = List.of(new ProductOption("opt_01", "Size",
                List.of(new ProductOptionValue("optval_01", "S"), new ProductOptionValue("optval_02", "M"))));
        List<ProductImage> images = List.of(new ProductImage("img_01", "https://example.test/shirt.png"));
        return List.of(
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

    private static List<Object> channelAndKeyEvents() {
        return List.of(
                new SalesChannelCreatedEvent("sc_01JCHANNEL", "Web shop", "The main storefront", false,
                        Map.of("team", "web")),
                new SalesChannelUpdatedEvent("sc_01JCHANNEL", "Web shop EU", null, true, null),
                new SalesChannelDeletedEvent("sc_01JCHANNEL"),
                new ApiKeyCreatedEvent("apk_01JSECRET", null, "Back office", "secret",
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "sk_1a2***f9e"),
                new ApiKeyUpdatedEvent("apk_01JPUBLISHABLE", "Storefront"),
                new ApiKeyRevokedEvent("apk_01JPUBLISHABLE"),
                new ApiKeyDeletedEvent("apk_01JPUBLISHABLE"),
                new ApiKeySalesChannelsChangedEvent("apk_01JPUBLISHABLE", List.of("sc_01JCHANNEL", "sc_01JAPP")),
                new ShippingOptionCreatedEvent("so_01JEXPRESS", "Express Shipping", "reg_01JEUROPE", "flat",
                        List.of(new ShippingOptionPrice(null, "reg_01JEUROPE", 2500),
                                new ShippingOptionPrice("usd", null, 3000)),
                        new ShippingOptionType("Express", "express", "Ship in 24 hours."), "manual_manual",
                        Map.of("carrier", "dhl"), null),
                new ShippingOptionUpdatedEvent("so_01JEXPRESS", "Express", "reg_01JEUROPE", "flat",
                        List.of(new ShippingOptionPrice("eur", null, 0)),
                        new ShippingOptionType("Express", "express", null), "manual_manual", null,
                        Map.of("note", "free this week")),
                new ShippingOptionDeletedEvent("so_01JEXPRESS"));
    }

    private static List<Object> promotionEvents() {
        return List.of(
                new PromotionCreatedEvent("promo_01JSUMMER", "SUMMER25", "percentage", "items", new BigDecimal("25"), null,
                        null, null, null, null, "active", Map.of("campaign", "summer")),
                new PromotionUpdatedEvent("promo_01JSUMMER", "SHIPFREE", "fixed", "shipping", new BigDecimal("500"), "eur",
                        5000L, Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-08-31T22:00:00Z"), 100L,
                        "inactive", null),
                new PromotionDeletedEvent("promo_01JSUMMER"));
    }

    private static List<Object> cartEvents() {
        CartRegion europe = new CartRegion("reg_01JEUROPE", "Europe", "eur", new BigDecimal("19"), true,
                List.of("de", "fr"));
        CartAddress address = new CartAddress("Ada", "Lovelace", null, "Unter den Linden 1", null, "Berlin", "de", null,
                "10117", "+49 30 1234", Map.of("door", "blue"));
        return List.of(
                new CartCreatedEvent("cart_01JCART", europe, "sc_01JCHANNEL", "ada@example.test", null, address, null,
                        Map.of("source", "web"), Map.of("user_agent", "Chrome")),
                new LineItemAddedEvent("cart_01JCART", new CartLineItem("cali_01JLINE", "variant_01", "prod_01",
                        "Classic T-Shirt", "Classic T-Shirt", "classic-t-shirt", "S", "TS-S",
                        "https://example.test/shirt.png", 1950, 2, Map.of("gift", true), "Cotton", "A shirt.",
                        "pcol_01", "Summer 2026", List.of("pcat_01"), false, "4006381333931")),
                new CartSalesChannelChangedEvent("cart_01JCART", "sc_01JAPP"),
                new LineItemQuantityChangedEvent("cart_01JCART", "cali_01JLINE", 3, null),
                new LineItemRemovedEvent("cart_01JCART", "cali_01JLINE"),
                new CartDetailsUpdatedEvent("cart_01JCART", "ada@example.test", "cus_01JADA", address, address, null),
                new CartRegionChangedEvent("cart_01JCART",
                        new CartRegion("reg_01JUS", "United States", "usd", new BigDecimal("8.875"), true, List.of("us")),
                        List.of(new CartRegionChangedEvent.RepricedLine("cali_01JLINE", 2200))),
                new ShippingMethodSetEvent("cart_01JCART", "casm_01JMETHOD", "so_01JEXPRESS", "Express Shipping", 1500,
                        Map.of("slot", "morning")),
                new ShippingMethodRemovedEvent("cart_01JCART", "casm_01JMETHOD"),
                new PromotionAppliedEvent("cart_01JCART", new CartPromotion("promo_01JSUMMER", "SUMMER25", "percentage",
                        "items", new BigDecimal("25"), null, 5000L)),
                new PromotionRemovedEvent("cart_01JCART", "promo_01JSUMMER", "SUMMER25"));
    }

    private static List<Object> paymentEvents() {
        return List.of(
                new PaymentCollectionCreatedEvent("pay_col_01JPAY", "cart_01JCART", "eur", 4750),
                new PaymentCollectionAmountChangedEvent("pay_col_01JPAY", 5200),
                new PaymentSessionCreatedEvent("pay_col_01JPAY", "payses_01JSESSION", "pp_stripe_stripe", 4750, "eur",
                        Map.of("id", "pi_01", "client_secret", "pi_01_secret_x")),
                new PaymentSessionUpdatedEvent("pay_col_01JPAY", "payses_01JSESSION", 5200, Map.of("id", "pi_01")),
                new PaymentSessionDeletedEvent("pay_col_01JPAY", "payses_01JSESSION"),
                new PaymentSessionSelectedEvent("pay_col_01JPAY", "payses_01JSESSION"),
                new PaymentAuthorizedEvent("pay_col_01JPAY", "cart_01JCART", "pay_01JPAYMENT", "payses_01JSESSION",
                        "pp_stripe_stripe", 5200, "eur", true),
                new PaymentAuthorizationFailedEvent("pay_col_01JPAY", "cart_01JCART", "payses_01JSESSION",
                        "payment_declined", "Your card was declined."),
                new PaymentCanceledEvent("pay_col_01JPAY", "cart_01JCART", "pay_01JPAYMENT"),
                new PaymentCapturedEvent("pay_col_01JPAY", "cart_01JCART", "pay_01JPAYMENT", "capt_01JPAYMENT", 5200),
                new PaymentRefundedEvent("pay_col_01JPAY", "cart_01JCART", "pay_01JPAYMENT", "ref_01JREFUND", 1200,
                        "Damaged in transit"));
    }

    private static List<Object> inventoryEvents() {
        return List.of(
                new InventoryStockedQuantitySetEvent("variant_01", 25),
                new StockReservedEvent("variant_01", "res_01JLINE", "cart_01JCART", 2),
                new StockReservationReleasedEvent("variant_01", "res_01JLINE", 2),
                new ReservedStockConsumedEvent("variant_01", "res_01JLINE", "ful_01JPARCEL", 1),
                new StockReturnedEvent("variant_01", "ret_01JRETURN", 1));
    }

    private static List<Object> checkoutEvents() {
        CartRegion europe = new CartRegion("reg_01JEUROPE", "Europe", "eur", new BigDecimal("19"), true);
        CartAddress address = new CartAddress("Ada", "Lovelace", null, "Unter den Linden 1", null, "Berlin", "de", null,
                "10117", null, null);
        CheckoutCart cart = new CheckoutCart(europe, "sc_01JCHANNEL", "ada@example.test", null, address, address,
                List.of(new CartLineItem("cali_01JLINE", "variant_01", "prod_01", "Classic T-Shirt", "Classic T-Shirt",
                        "classic-t-shirt", "S", "TS-S", null, 1950, 2, null)),
                new CheckoutCart.ShippingMethod("casm_01JMETHOD", "so_01JSTANDARD", "Standard Shipping", 800),
                List.of(), Set.of("variant_01"));
        return List.of(
                new CartCompletionStartedEvent("cart_01JCART", "chk_01JCHECKOUT", "key-1", "pay_col_01JPAY", cart),
                new CartCompletedEvent("cart_01JCART", "chk_01JCHECKOUT", "order_01JORDER"),
                new CartCompletionFailedEvent("cart_01JCART", "chk_01JCHECKOUT", "insufficient_inventory",
                        "Not enough stock of variant_01"),
                new OrderPlacedEvent("order_01JORDER", 1, "cart_01JCART", "chk_01JCHECKOUT", cart, "pay_col_01JPAY",
                        "pay_01JPAYMENT"));
    }

    private static List<Object> orderEvents() {
        return List.of(
                new OrderCanceledEvent("order_01JORDER"),
                new OrderFulfillmentCreatedEvent("order_01JORDER", "ful_01JPARCEL",
                        List.of(new OrderFulfillmentCreatedEvent.Item("ordli_01JITEM", 1))),
                new OrderFulfillmentShippedEvent("order_01JORDER", "ful_01JPARCEL",
                        List.of(new OrderFulfillmentShippedEvent.Label("1Z999", "https://track.example/1Z999", null))),
                new OrderFulfillmentDeliveredEvent("order_01JORDER", "ful_01JPARCEL"),
                new OrderCompletedEvent("order_01JORDER"));
    }

    @ParameterizedTest
    @MethodSource("events")
    void serializedFormMatchesThePinnedFile(Object event) {
        assertThat(event.getClass().getAnnotation(PublicEvent.class)).as("@PublicEvent on " + event.getClass()).isNotNull();
        // Compared as parsed text, as stored: a tree built from the record would tell a long 0 from an int 0.
        JsonNode serialized = JSON.readTree(JSON.writeValueAsString(event));
        assertThat(serialized).isEqualTo(pinned(event));
    }

    @ParameterizedTest
    @MethodSource("events")
    void pinnedFileReadsBackAsTheEvent(Object event) {
        assertThat(JSON.treeToValue(pinned(event), event.getClass())).isEqualTo(event);
    }

    private static JsonNode pinned(Object event) {
        Class<?> type = event.getClass();
        String file = "/events/" + type.getSimpleName() + ".v" + type.getAnnotation(Revision.class).value() + ".json";
        try (InputStream in = EventJsonTest.class.getResourceAsStream(file)) {
            assertThat(in).as("pinned JSON " + file).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
