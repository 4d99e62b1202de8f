package io.cartlog.command.cart;

import io.cartlog.command.common.Patch;
import io.cartlog.command.common.PathIds;
import io.cartlog.command.common.RetryingCommands;
import io.cartlog.events.cart.CartAddress;
import io.cartlog.events.cart.CartPromotion;
import io.cartlog.events.cart.CartRegion;
import io.cartlog.events.common.Ids;
import io.cartlog.platform.auth.CurrentCustomer;
import io.cartlog.platform.readmodel.ReadYourWrites;
import io.cartlog.platform.storefront.PublishableKey;
import io.cartlog.platform.web.ApiException;
import io.cartlog.platform.web.ExpectedVersion;
import io.cartlog.queries.cart.CartView;
import io.cartlog.queries.cart.FindCartQuery;
import io.cartlog.queries.product.CartVariantView;
import io.cartlog.queries.shipping.ShippingOptionView;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Medusa v2's store cart mutations. Each looks up what the cart needs in the read models
 * (prices, titles, stock, shipping amounts), sends the enriched command and answers
 * {@code {cart}} as the cart view shows it at or after the version the command produced.
 */
@RestController
class StoreCartMutationController {

    private final CommandGateway commands;
    private final RetryingCommands retrying;
    private final CartLookups lookups;
    private final ReadYourWrites readModel;

    StoreCartMutationController(CommandGateway commands, RetryingCommands retrying, CartLookups lookups,
                                ReadYourWrites readModel) {
        this.commands = commands;
        this.retrying = retrying;
        this.lookups = lookups;
        this.readModel = readModel;
    }

    @PostMapping("/store/carts")
    Map<String, CartView> create(@RequestBody(required = false) CartRequests.CreateCart body,
                                 HttpServletRequest request) {
        CartRequests.CreateCart create = body == null
                ? new CartRequests.CreateCart(null, null, null, null, null, null, null, null, null, null, null) : body;
        PublishableKey key = key(request);
        CartRegion region = lookups.region(create.regionId());
        if (create.currencyCode() != null && !create.currencyCode().equalsIgnoreCase(region.currencyCode())) {
            throw ApiException.invalidData("Invalid request: Field 'currency_code' must be the region's currency '"
                    + region.currencyCode() + "', got '" + create.currencyCode() + "'");
        }
        CartAddress shippingAddress = shippingAddress(create, region);
        String salesChannelId = salesChannel(create.salesChannelId(), key);
        List<NewLine> lines = new ArrayList<>();
        for (Map.Entry<String, CartRequests.Item> item : mergedItems(create.items()).entrySet()) {
            CartVariantView variant = lookups.variant(item.getKey(), salesChannelId, key);
            lines.add(NewLine.priced(variant, region.regionId(), region.currencyCode(), item.getValue().quantity(), item.getValue().metadata()));
        }
        List<CartPromotion> promotions = promotions(create.promoCodes(), region.currencyCode());
        String cartId = Ids.next("cart");
        String customerId = CurrentCustomer.id().orElse(null);
        String email = create.email() == null && customerId != null ? lookups.customerEmail(customerId) : create.email();
        CreateCartCommand command = new CreateCartCommand(cartId, region, salesChannelId, email, customerId,
                shippingAddress, CartRequests.Address.toCart(create.billingAddress()), create.metadata(), lines,
                promotions, create.context());
        return respond(cartId, () -> {
            commands.sendAndWait(command);
            return lines.size() + promotions.size();
        });
    }

    @PostMapping("/store/carts/{id}")
    Map<String, CartView> update(@PathVariable String id, @RequestBody CartRequests.UpdateCart body,
                                 @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                 HttpServletRequest request) {
        CartView cart = cart(id);
        Long expected = ExpectedVersion.of(body.version(), ifMatch);
        CartRegion region = null;
        Map<String, Long> prices = new HashMap<>();
        Set<String> optionsInRegion = new HashSet<>();
        if (body.regionId() != null && !body.regionId().equals(cart.regionId())) {
            region = lookups.region(body.regionId());
            CartRegion target = region;
            for (CartView.LineItemView item : cart.items()) {
                lookups.currentVariant(item.variantId()).flatMap(v -> v.priceIn(target.regionId(), target.currencyCode()))
                        .ifPresent(price -> prices.put(item.variantId(), price));
            }
            for (CartView.ShippingMethodView method : cart.shippingMethods()) {
                lookups.shippingOption(method.shippingOptionId())
                        .filter(option -> body.regionId().equals(option.regionId()))
                        .ifPresent(option -> optionsInRegion.add(option.id()));
            }
        }
        String salesChannelId = null;
        Set<String> variantsInChannel = new HashSet<>();
        if (body.salesChannelId() != null) {
            salesChannelId = lookups.salesChannel(body.salesChannelId(), key(request));
            String channel = salesChannelId;
            for (CartView.LineItemView item : cart.items()) {
                lookups.currentVariant(item.variantId())
                        .filter(v -> v.salesChannelIds().isEmpty() || v.salesChannelIds().contains(channel))
                        .ifPresent(v -> variantsInChannel.add(v.variantId()));
            }
        }
        List<CartPromotion> promotions = body.promoCodes() == null ? null
                : promotions(body.promoCodes(), region == null ? cart.currencyCode() : region.currencyCode());
        if (body.customerId() != null && !Objects.equals(body.customerId().value(), CurrentCustomer.id().orElse(null))) {
            throw ApiException.invalidData("Invalid request: Field 'customer_id' can only name the logged-in customer; "
                    + "use POST /store/carts/{id}/customer");
        }
        UpdateCartCommand command = new UpdateCartCommand(id, expected, body.email(), body.customerId(),
                CartRequests.Address.toCart(body.shippingAddress()), CartRequests.Address.toCart(body.billingAddress()),
                body.metadata(), region, prices, optionsInRegion,
                salesChannelId, variantsInChannel, promotions);
        return respond(id, () -> send(command, expected));
    }

    /** Medusa v2's transfer: the logged-in customer takes an anonymous cart (or their own) with their email. */
    @PostMapping("/store/carts/{id}/customer")
    Map<String, CartView> transfer(@PathVariable String id, HttpServletRequest request) {
        String customerId = CurrentCustomer.requireId(request);
        cart(id);
        UpdateCartCommand command = new UpdateCartCommand(id, null, Patch.of(lookups.customerEmail(customerId)),
                Patch.of(customerId), null, null, null, null, Map.of(), Set.of(), null, Set.of(), null);
        return respond(id, () -> send(command, null));
    }

    @PostMapping("/store/carts/{id}/line-items")
    Map<String, CartView> addLineItem(@PathVariable String id, @RequestBody CartRequests.Item body,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                      HttpServletRequest request) {
        PathIds.require("cart", id);
        Long expected = ExpectedVersion.of(body.version(), ifMatch);
        long quantity;
        CartVariantView variant;
        try {
            quantity = quantity(body.quantity());
            variant = lookups.variant(body.variantId(), key(request));
        } catch (ApiException invalid) {
            cart(id); // a missing cart is the first thing to report
            throw invalid;
        }
        AddLineItemCommand command = new AddLineItemCommand(id, expected, Ids.next("cali"), variant, quantity,
                body.metadata());
        return respond(id, () -> send(command, expected));
    }

    @PostMapping("/store/carts/{id}/line-items/{lineId}")
    Map<String, CartView> updateLineItem(@PathVariable String id, @PathVariable String lineId,
                                         @RequestBody CartRequests.UpdateItem body,
                                         @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        CartView cart = cart(id);
        Long expected = ExpectedVersion.of(body.version(), ifMatch);
        Long maxQuantity = cart.items().stream().filter(item -> item.id().equals(lineId)).findFirst()
                .flatMap(item -> lookups.currentVariant(item.variantId()))
                .map(NewLine::maxQuantity)
                .orElse(null);
        return respond(id, () -> send(new UpdateLineItemCommand(id, expected, lineId, body.quantity(), body.metadata(),
                maxQuantity), expected));
    }

    @DeleteMapping("/store/carts/{id}/line-items/{lineId}")
    Map<String, Object> removeLineItem(@PathVariable String id, @PathVariable String lineId,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        PathIds.require("cart", id);
        Long expected = ExpectedVersion.of(null, ifMatch);
        CartView cart = afterCommand(id, () -> send(new RemoveLineItemCommand(id, expected, lineId), expected));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", lineId);
        answer.put("object", "line-item");
        answer.put("deleted", true);
        answer.put("parent", cart);
        return answer;
    }

    @PostMapping("/store/carts/{id}/shipping-methods")
    Map<String, CartView> setShippingMethod(@PathVariable String id, @RequestBody CartRequests.ShippingMethod body,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        CartView cart = cart(id);
        Long expected = ExpectedVersion.of(body.version(), ifMatch);
        if (body.optionId() == null || body.optionId().isBlank()) {
            throw ApiException.invalidData("Invalid request: Field 'option_id' is required");
        }
        ShippingOptionView option = lookups.shippingOption(body.optionId())
                .filter(found -> cart.regionId().equals(found.regionId()) && found.amount() != null)
                .orElseThrow(() -> ApiException.invalidData("Invalid request: Shipping option with id '"
                        + body.optionId() + "' is not available for the cart's region"));
        return respond(id, () -> send(new SetShippingMethodCommand(id, expected, cart.regionId(), Ids.next("casm"),
                option.id(), option.name(), option.amount(), body.data()), expected));
    }

    @PostMapping("/store/carts/{id}/promotions")
    Map<String, CartView> applyPromotions(@PathVariable String id, @RequestBody CartRequests.PromoCodes body,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        CartView cart = cart(id);
        Long expected = ExpectedVersion.of(body.version(), ifMatch);
        if (body.promoCodes() == null) {
            throw ApiException.invalidData("Invalid request: Field 'promo_codes' is required");
        }
        List<CartPromotion> promotions = promotions(body.promoCodes(), cart.currencyCode());
        return respond(id, () -> send(new ApplyPromotionsCommand(id, expected, promotions), expected));
    }

    @DeleteMapping("/store/carts/{id}/promotions")
    Map<String, CartView> removePromotions(@PathVariable String id,
                                           @RequestBody(required = false) CartRequests.PromoCodes body,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        PathIds.require("cart", id);
        Long expected = ExpectedVersion.of(body == null ? null : body.version(), ifMatch);
        List<String> codes = body == null || body.promoCodes() == null ? List.of() : body.promoCodes();
        return respond(id, () -> send(new RemovePromotionsCommand(id, expected, codes), expected));
    }

    /** Medusa v1's removal of one discount code. */
    @DeleteMapping("/store/carts/{id}/discounts/{code}")
    Map<String, CartView> removeDiscount(@PathVariable String id, @PathVariable String code,
                                         @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        PathIds.require("cart", id);
        Long expected = ExpectedVersion.of(null, ifMatch);
        return respond(id, () -> send(new RemovePromotionsCommand(id, expected, List.of(code)), expected));
    }

    /** Medusa v1's explicit tax calculation: taxes follow every change here, so it answers the cart. */
    @PostMapping("/store/carts/{id}/taxes")
    Map<String, CartView> taxes(@PathVariable String id) {
        return Map.of("cart", cart(id));
    }

    private CartView cart(String id) {
        return lookups.cart(PathIds.require("cart", id));
    }

    /** Sends a cart command; without an expected version a lost race is retried, with one it is the client's 409. */
    private long send(Object command, Long expectedVersion) {
        return retrying.<Long>send(command, expectedVersion, "cart");
    }

    private Map<String, CartView> respond(String cartId, LongSupplier command) {
        return Map.of("cart", afterCommand(cartId, command));
    }

    private CartView afterCommand(String cartId, LongSupplier command) {
        return readModel.afterCommand(command, new FindCartQuery(cartId), CartView.class, CartView::version);
    }

    /** The promotions of these codes, each checked to apply now; a code named twice counts once. */
    private List<CartPromotion> promotions(List<String> codes, String currencyCode) {
        if (codes == null) {
            return List.of();
        }
        Map<String, CartPromotion> byId = new LinkedHashMap<>();
        for (String code : codes) {
            CartPromotion promotion = lookups.promotion(code, currencyCode);
            byId.putIfAbsent(promotion.promotionId(), promotion);
        }
        return List.copyOf(byId.values());
    }

    /** The items of a new cart by variant, quantities of a variant named twice added up. */
    private static Map<String, CartRequests.Item> mergedItems(List<CartRequests.Item> items) {
        Map<String, CartRequests.Item> merged = new LinkedHashMap<>();
        if (items == null) {
            return merged;
        }
        for (int i = 0; i < items.size(); i++) {
            CartRequests.Item item = items.get(i);
            if (item == null || item.variantId() == null || item.variantId().isBlank()) {
                throw ApiException.invalidData("Invalid request: Field 'items[" + i + "].variant_id' is required");
            }
            long quantity = quantity(item.quantity());
            merged.merge(item.variantId(), new CartRequests.Item(item.variantId(), quantity, item.metadata(), null),
                    (a, b) -> new CartRequests.Item(a.variantId(), Math.addExact(a.quantity(), b.quantity()),
                            b.metadata() == null ? a.metadata() : b.metadata(), null));
        }
        return merged;
    }

    private static long quantity(Long quantity) {
        if (quantity == null) {
            throw ApiException.invalidData("Invalid request: Field 'quantity' is required");
        }
        if (quantity < 1) {
            throw ApiException.invalidData("Invalid request: Field 'quantity' must be at least 1");
        }
        return quantity;
    }

    /** The channel asked for, if the key may use it; else the key's only channel, if it has just one. */
    private String salesChannel(String requested, PublishableKey key) {
        if (requested != null) {
            return lookups.salesChannel(requested, key);
        }
        return key.salesChannelIds().size() == 1 ? key.salesChannelIds().iterator().next() : null;
    }

    /**
     * The new cart's shipping address: the one given, else, with Medusa v1's {@code country_code}, an
     * address of just that country. The country must be one of the region's either way.
     */
    private static CartAddress shippingAddress(CartRequests.CreateCart create, CartRegion region) {
        String country = create.countryCode();
        CartAddress given = CartRequests.Address.toCart(create.shippingAddress());
        if (country == null) {
            return given;
        }
        if (!region.hasCountry(country)) {
            throw ApiException.invalidData("Invalid request: Field 'country_code' must be a country of the region '"
                    + region.name() + "', got '" + country + "'");
        }
        return given != null ? given
                : new CartAddress(null, null, null, null, null, null, country.toLowerCase(Locale.ROOT), null, null,
                        null, null);
    }

    private static PublishableKey key(HttpServletRequest request) {
        return (PublishableKey) request.getAttribute(PublishableKey.REQUEST_ATTRIBUTE);
    }
}
