package io.cartlog.query.cart;

import io.cartlog.events.cart.CartAddress;
import io.cartlog.events.cart.CartCreatedEvent;
import io.cartlog.events.cart.CartDetailsUpdatedEvent;
import io.cartlog.events.cart.CartLineItem;
import io.cartlog.events.cart.CartPromotion;
import io.cartlog.events.cart.CartRegion;
import io.cartlog.events.cart.CartRegionChangedEvent;
import io.cartlog.events.cart.CheckoutCart;
import io.cartlog.events.cart.ShippingMethodSetEvent;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** A cart as {@code cart_view.document} stores it: what its events said; totals are computed when rendered. */
record CartDocument(
        String id,
        CartRegion region,
        String salesChannelId,
        String email,
        String customerId,
        CartAddress shippingAddress,
        CartAddress billingAddress,
        Map<String, Object> metadata,
        List<Item> items,
        List<ShippingMethod> shippingMethods,
        List<CartPromotion> promotions,
        Instant createdAt,
        Instant updatedAt,
        Instant completedAt) {

    record Item(CartLineItem line, Instant createdAt, Instant updatedAt) {
    }

    record ShippingMethod(String id, String shippingOptionId, String name, long amount, Map<String, Object> data,
                          Instant createdAt) {
    }

    static CartDocument created(CartCreatedEvent event, Instant at) {
        Instant when = millis(at);
        return new CartDocument(event.cartId(), event.region(), event.salesChannelId(), event.email(),
                event.customerId(), event.shippingAddress(), event.billingAddress(), event.metadata(), List.of(),
                List.of(), List.of(), when, when, null);
    }

    CartDocument withItem(CartLineItem line, Instant at) {
        List<Item> changed = new ArrayList<>(items);
        changed.add(new Item(line, millis(at), millis(at)));
        return withItems(changed, at);
    }

    CartDocument withQuantity(String lineItemId, long quantity, Map<String, Object> lineMetadata, Instant at) {
        return mapItem(lineItemId, line -> line.withQuantity(quantity, lineMetadata), at);
    }

    CartDocument withoutItem(String lineItemId, Instant at) {
        return withItems(items.stream().filter(item -> !item.line().lineItemId().equals(lineItemId)).toList(), at);
    }

    CartDocument withDetails(CartDetailsUpdatedEvent event, Instant at) {
        return new CartDocument(id, region, salesChannelId, event.email(), event.customerId(), event.shippingAddress(),
                event.billingAddress(), event.metadata(), items, shippingMethods, promotions, createdAt, millis(at), completedAt);
    }

    CartDocument inRegion(CartRegionChangedEvent event, Instant at) {
        CartDocument repriced = this;
        for (CartRegionChangedEvent.RepricedLine price : event.lines()) {
            repriced = repriced.mapItem(price.lineItemId(), line -> line.withUnitPrice(price.unitPrice()), at);
        }
        return new CartDocument(id, event.region(), salesChannelId, email, customerId, shippingAddress, billingAddress,
                metadata, repriced.items(), shippingMethods, promotions, createdAt, millis(at), completedAt);
    }

    /** A checkout started or failed: the cart's content is unchanged, only its version moves on. */
    CartDocument touched(Instant at) {
        return new CartDocument(id, region, salesChannelId, email, customerId, shippingAddress, billingAddress, metadata,
                items, shippingMethods, promotions, createdAt, millis(at), completedAt);
    }

    CartDocument completed(Instant at) {
        return new CartDocument(id, region, salesChannelId, email, customerId, shippingAddress, billingAddress, metadata,
                items, shippingMethods, promotions, createdAt, millis(at), millis(at));
    }

    /** The cart as a checkout takes it; which variants are inventory-managed is the catalog's to say. */
    CheckoutCart checkout() {
        ShippingMethod method = shippingMethods.isEmpty() ? null : shippingMethods.get(0);
        return new CheckoutCart(region, salesChannelId, email, customerId, shippingAddress, billingAddress,
                items.stream().map(Item::line).toList(),
                method == null ? null : new CheckoutCart.ShippingMethod(method.id(), method.shippingOptionId(),
                        method.name(), method.amount()),
                promotions, Set.of());
    }

    CartDocument inSalesChannel(String channelId, Instant at) {
        return new CartDocument(id, region, channelId, email, customerId, shippingAddress, billingAddress, metadata,
                items, shippingMethods, promotions, createdAt, millis(at), completedAt);
    }

    CartDocument withShippingMethod(ShippingMethodSetEvent event, Instant at) {
        List<ShippingMethod> changed = new ArrayList<>(shippingMethods);
        changed.add(new ShippingMethod(event.shippingMethodId(), event.shippingOptionId(), event.name(), event.amount(),
                event.data(), millis(at)));
        return withShippingMethods(changed, at);
    }

    CartDocument withoutShippingMethod(String shippingMethodId, Instant at) {
        return withShippingMethods(shippingMethods.stream().filter(method -> !method.id().equals(shippingMethodId))
                .toList(), at);
    }

    CartDocument withPromotion(CartPromotion promotion, Instant at) {
        List<CartPromotion> changed = new ArrayList<>(promotions);
        changed.add(promotion);
        return withPromotions(changed, at);
    }

    CartDocument withoutPromotion(String promotionId, Instant at) {
        return withPromotions(promotions.stream().filter(promotion -> !promotion.promotionId().equals(promotionId))
                .toList(), at);
    }

    private CartDocument withPromotions(List<CartPromotion> changed, Instant at) {
        return new CartDocument(id, region, salesChannelId, email, customerId, shippingAddress, billingAddress,
                metadata, items, shippingMethods, List.copyOf(changed), createdAt, millis(at), completedAt);
    }

    private CartDocument mapItem(String lineItemId, UnaryOperator<CartLineItem> change, Instant at) {
        return withItems(items.stream()
                .map(item -> item.line().lineItemId().equals(lineItemId)
                        ? new Item(change.apply(item.line()), item.createdAt(), millis(at))
                        : item)
                .toList(), at);
    }

    private CartDocument withItems(List<Item> changed, Instant at) {
        return new CartDocument(id, region, salesChannelId, email, customerId, shippingAddress, billingAddress,
                metadata, List.copyOf(changed), shippingMethods, promotions, createdAt, millis(at), completedAt);
    }

    private CartDocument withShippingMethods(List<ShippingMethod> changed, Instant at) {
        return new CartDocument(id, region, salesChannelId, email, customerId, shippingAddress, billingAddress,
                metadata, items, List.copyOf(changed), promotions, createdAt, millis(at), completedAt);
    }

    private static Instant millis(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }
}
