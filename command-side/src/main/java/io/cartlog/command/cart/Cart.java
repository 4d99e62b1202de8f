package io.cartlog.command.cart;

import io.cartlog.command.common.Patch;
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
import io.cartlog.events.cart.CartRegionChangedEvent.RepricedLine;
import io.cartlog.events.cart.CartSalesChannelChangedEvent;
import io.cartlog.events.cart.LineItemAddedEvent;
import io.cartlog.events.cart.LineItemQuantityChangedEvent;
import io.cartlog.events.cart.LineItemRemovedEvent;
import io.cartlog.events.cart.PromotionAppliedEvent;
import io.cartlog.events.cart.PromotionRemovedEvent;
import io.cartlog.events.cart.ShippingMethodRemovedEvent;
import io.cartlog.events.cart.ShippingMethodSetEvent;
import io.cartlog.platform.web.ApiException;
import io.cartlog.queries.product.CartVariantView;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.http.HttpStatus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * A shopper's cart. It keeps what its own rules need: its region and currency, its lines by id
 * with their variant and quantity, and its shipping method. Prices, titles and stock come in the
 * commands, looked up by the controller, since an aggregate never reads a read model; a variant to
 * add comes with all its prices, and the cart picks the one of its region.
 * <p>
 * Carts are cached ({@link CartCacheConfiguration}): a busy cart is not replayed from its whole
 * stream on every command. A node whose cached cart is behind another node's writes fails on the
 * event store's unique key and the controller retries on a fresh load.
 */
@Aggregate(cache = "cartCache")
public class Cart {

    @AggregateIdentifier
    private String cartId;
    private String regionId;
    private String currencyCode;
    private String salesChannelId;
    private String email;
    private String customerId;
    private CartAddress shippingAddress;
    private CartAddress billingAddress;
    private Map<String, Object> metadata;
    /** Lines by id, in the order they were added. */
    private final Map<String, Line> lines = new LinkedHashMap<>();
    /** Cartlog has one shipping profile, so a cart has at most one method. */
    private String shippingMethodId;
    private String shippingOptionId;
    /** Applied promotions' codes by promotion id. */
    private final Map<String, String> promotions = new LinkedHashMap<>();

    protected Cart() {
    }

    @CommandHandler
    public Cart(CreateCartCommand command, CartOwners owners) {
        if (command.customerId() != null) {
            owners.set(command.cartId(), command.customerId());
        }
        apply(new CartCreatedEvent(command.cartId(), command.region(), command.salesChannelId(), command.email(),
                command.customerId(), command.shippingAddress(), command.billingAddress(), command.metadata(),
                command.context()));
        // Events applied in a constructor reach the handlers only after it returns: the items
        // are one line per variant (the controller merges them), so none adds to another.
        for (int i = 0; i < command.items().size(); i++) {
            add(command.cartId(), "items[" + i + "].quantity", command.items().get(i));
        }
        command.promotions().forEach(promotion -> apply(new PromotionAppliedEvent(command.cartId(), promotion)));
    }

    @CommandHandler
    public long handle(AddLineItemCommand command) {
        CartVariantView variant = command.variant();
        if (!variant.availableIn(salesChannelId)) {
            throw NewLine.variantNotFound(variant.variantId());
        }
        add(cartId, "quantity", NewLine.priced(command.lineItemId(), variant, regionId, currencyCode,
                command.quantity(), command.metadata()));
        return getVersion();
    }

    @CommandHandler
    public long handle(UpdateLineItemCommand command) {
        Line line = line(command.lineItemId());
        long quantity = command.quantity() == null ? line.quantity() : command.quantity();
        if (quantity < 0) {
            throw ApiException.invalidData("Invalid request: Field 'quantity' must not be negative");
        }
        if (quantity == 0) {
            apply(new LineItemRemovedEvent(cartId, line.id()));
        } else {
            requireStock(quantity, command.maxQuantity());
            apply(new LineItemQuantityChangedEvent(cartId, line.id(), quantity,
                    command.metadata() == null ? line.metadata() : command.metadata()));
        }
        return getVersion();
    }

    @CommandHandler
    public long handle(RemoveLineItemCommand command) {
        apply(new LineItemRemovedEvent(cartId, line(command.lineItemId()).id()));
        return getVersion();
    }

    @CommandHandler
    public long handle(UpdateCartCommand command, CartOwners owners) {
        if (command.region() != null && !command.region().regionId().equals(regionId)) {
            changeRegion(command.region(), command.prices(), command.shippingOptionIds());
        }
        if (command.salesChannelId() != null && !command.salesChannelId().equals(salesChannelId)) {
            changeSalesChannel(command.salesChannelId(), command.variantsInSalesChannel());
        }
        boolean details = command.email() != null || command.customerId() != null || command.shippingAddress() != null
                || command.billingAddress() != null || command.metadata() != null;
        if (command.customerId() != null && !Objects.equals(command.customerId().value(), customerId)) {
            owners.set(cartId, command.customerId().value());
        }
        if (details) {
            apply(new CartDetailsUpdatedEvent(cartId, Patch.apply(command.email(), email),
                    Patch.apply(command.customerId(), customerId),
                    Patch.apply(command.shippingAddress(), shippingAddress),
                    Patch.apply(command.billingAddress(), billingAddress),
                    Patch.apply(command.metadata(), metadata)));
        }
        if (command.promotions() != null) {
            applyPromotions(command.promotions(), true);
        }
        return getVersion();
    }

    @CommandHandler
    public long handle(SetShippingMethodCommand command) {
        requireRegion(command.regionId());
        if (shippingMethodId != null) {
            apply(new ShippingMethodRemovedEvent(cartId, shippingMethodId));
        }
        apply(new ShippingMethodSetEvent(cartId, command.shippingMethodId(), command.shippingOptionId(), command.name(),
                command.amount(), command.data()));
        return getVersion();
    }

    @CommandHandler
    public long handle(ApplyPromotionsCommand command) {
        applyPromotions(command.promotions(), false);
        return getVersion();
    }

    @CommandHandler
    public long handle(RemovePromotionsCommand command) {
        Set<String> codes = new HashSet<>();
        command.codes().forEach(code -> codes.add(code.toLowerCase(Locale.ROOT)));
        new ArrayList<>(promotions.entrySet()).stream()
                .filter(applied -> codes.contains(applied.getValue().toLowerCase(Locale.ROOT)))
                .forEach(applied -> apply(new PromotionRemovedEvent(cartId, applied.getKey(), applied.getValue())));
        return getVersion();
    }

    /** Applies the promotions the cart does not have yet; with {@code replace}, removes those not listed first. */
    private void applyPromotions(List<CartPromotion> requested, boolean replace) {
        if (replace) {
            Set<String> kept = new HashSet<>();
            requested.forEach(promotion -> kept.add(promotion.promotionId()));
            new ArrayList<>(promotions.entrySet()).stream()
                    .filter(applied -> !kept.contains(applied.getKey()))
                    .forEach(applied -> apply(new PromotionRemovedEvent(cartId, applied.getKey(), applied.getValue())));
        }
        requested.stream()
                .filter(promotion -> !promotions.containsKey(promotion.promotionId()))
                .forEach(promotion -> apply(new PromotionAppliedEvent(cartId, promotion)));
    }

    private void add(String cartId, String field, NewLine requested) {
        CartLineItem item = requested.item();
        if (item.quantity() < 1) {
            throw ApiException.invalidData("Invalid request: Field '" + field + "' must be at least 1");
        }
        Line existing = lines.values().stream().filter(line -> line.variantId().equals(item.variantId())).findFirst()
                .orElse(null);
        if (existing == null) {
            requireStock(item.quantity(), requested.maxQuantity());
            apply(new LineItemAddedEvent(cartId, item));
        } else {
            long quantity = Math.addExact(existing.quantity(), item.quantity());
            requireStock(quantity, requested.maxQuantity());
            apply(new LineItemQuantityChangedEvent(cartId, existing.id(), quantity,
                    item.metadata() == null ? existing.metadata() : item.metadata()));
        }
    }

    private void changeRegion(CartRegion region, Map<String, Long> prices, Set<String> shippingOptionIds) {
        List<RepricedLine> repriced = new ArrayList<>();
        for (Line line : lines.values()) {
            Long price = prices.get(line.variantId());
            if (price == null) {
                throw ApiException.invalidData("Invalid request: Variant '" + line.variantId()
                        + "' has no price in region '" + region.regionId() + "'");
            }
            repriced.add(new RepricedLine(line.id(), price));
        }
        if (shippingMethodId != null && !shippingOptionIds.contains(shippingOptionId)) {
            apply(new ShippingMethodRemovedEvent(cartId, shippingMethodId));
        }
        apply(new CartRegionChangedEvent(cartId, region, repriced));
    }

    /** Every line's variant must be sold in the new channel, as it must be in the cart's channel to be added. */
    private void changeSalesChannel(String channelId, Set<String> variantsInChannel) {
        for (Line line : lines.values()) {
            if (!variantsInChannel.contains(line.variantId())) {
                throw ApiException.invalidData("Invalid request: Variant '" + line.variantId()
                        + "' is not available in sales channel '" + channelId + "'");
            }
        }
        apply(new CartSalesChannelChangedEvent(cartId, channelId));
    }

    /**
     * A price looked up for another region than the cart's: the region changed between the
     * controller's lookup and this command, so the client should retry.
     */
    private void requireRegion(String pricedFor) {
        if (!regionId.equals(pricedFor)) {
            throw ApiException.conflict("concurrent_modification",
                    "The cart moved to another region while the request was priced; retry it");
        }
    }

    private static void requireStock(long quantity, Long maxQuantity) {
        if (maxQuantity != null && quantity > maxQuantity) {
            throw new ApiException(HttpStatus.CONFLICT, "not_allowed", "insufficient_inventory",
                    "Variant does not have the required inventory: " + quantity + " requested, " + maxQuantity
                            + " in stock");
        }
    }

    private Line line(String lineItemId) {
        Line line = lines.get(lineItemId);
        if (line == null) {
            throw ApiException.notFound("line_item_not_found", "Line item with id '" + lineItemId + "' not found");
        }
        return line;
    }

    @EventSourcingHandler
    void on(CartCreatedEvent event) {
        cartId = event.cartId();
        regionId = event.region().regionId();
        currencyCode = event.region().currencyCode();
        salesChannelId = event.salesChannelId();
        email = event.email();
        customerId = event.customerId();
        shippingAddress = event.shippingAddress();
        billingAddress = event.billingAddress();
        metadata = event.metadata();
    }

    @EventSourcingHandler
    void on(LineItemAddedEvent event) {
        CartLineItem item = event.item();
        lines.put(item.lineItemId(), new Line(item.lineItemId(), item.variantId(), item.quantity(), item.metadata()));
    }

    @EventSourcingHandler
    void on(LineItemQuantityChangedEvent event) {
        lines.computeIfPresent(event.lineItemId(),
                (id, line) -> new Line(id, line.variantId(), event.quantity(), event.metadata()));
    }

    @EventSourcingHandler
    void on(LineItemRemovedEvent event) {
        lines.remove(event.lineItemId());
    }

    @EventSourcingHandler
    void on(CartDetailsUpdatedEvent event) {
        email = event.email();
        customerId = event.customerId();
        shippingAddress = event.shippingAddress();
        billingAddress = event.billingAddress();
        metadata = event.metadata();
    }

    @EventSourcingHandler
    void on(CartRegionChangedEvent event) {
        regionId = event.region().regionId();
        currencyCode = event.region().currencyCode();
    }

    @EventSourcingHandler
    void on(CartSalesChannelChangedEvent event) {
        salesChannelId = event.salesChannelId();
    }

    @EventSourcingHandler
    void on(ShippingMethodSetEvent event) {
        shippingMethodId = event.shippingMethodId();
        shippingOptionId = event.shippingOptionId();
    }

    @EventSourcingHandler
    void on(ShippingMethodRemovedEvent event) {
        shippingMethodId = null;
        shippingOptionId = null;
    }

    @EventSourcingHandler
    void on(PromotionAppliedEvent event) {
        promotions.put(event.promotion().promotionId(), event.promotion().code());
    }

    @EventSourcingHandler
    void on(PromotionRemovedEvent event) {
        promotions.remove(event.promotionId());
    }

    // Checkout. The attempt under way and the order it became; either closes the cart to other changes.
    private String checkoutId;
    private String orderId;

    /** Once a checkout has started, only the checkout's own commands reach the cart. */
    @CommandHandlerInterceptor
    Object refuseChangesOnceCheckedOut(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        if (!(command.getPayload() instanceof CheckoutCommand)) {
            requireOpen();
        }
        return chain.proceed();
    }

    @CommandHandler
    long handle(StartCartCompletionCommand command) {
        requireOpen();
        apply(new CartCompletionStartedEvent(cartId, command.checkoutId(), command.idempotencyKey(),
                command.paymentCollectionId(), command.cart()));
        return getVersion();
    }

    @CommandHandler
    void handle(CompleteCartCommand command) {
        if (orderId == null && command.checkoutId().equals(checkoutId)) {
            apply(new CartCompletedEvent(cartId, command.checkoutId(), command.orderId()));
        }
    }

    @CommandHandler
    void handle(FailCartCompletionCommand command) {
        if (orderId == null && command.checkoutId().equals(checkoutId)) {
            apply(new CartCompletionFailedEvent(cartId, command.checkoutId(), command.code(), command.message()));
        }
    }

    private void requireOpen() {
        if (orderId != null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_data", "cart_completed",
                    "Cart " + cartId + " is already completed.");
        }
        if (checkoutId != null) {
            throw ApiException.conflict("conflict", "Cart " + cartId + " is being completed");
        }
    }

    @EventSourcingHandler
    void on(CartCompletionStartedEvent event) {
        checkoutId = event.checkoutId();
    }

    @EventSourcingHandler
    void on(CartCompletedEvent event) {
        orderId = event.orderId();
    }

    @EventSourcingHandler
    void on(CartCompletionFailedEvent event) {
        checkoutId = null;
    }

    private record Line(String id, String variantId, long quantity, Map<String, Object> metadata) {
    }
}
