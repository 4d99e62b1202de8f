package io.cartlog.query.cart;

import io.cartlog.events.cart.CartAddress;
import io.cartlog.events.cart.CartCreatedEvent;
import io.cartlog.events.cart.CartDetailsUpdatedEvent;
import io.cartlog.events.cart.CartLineItem;
import io.cartlog.events.cart.CartPromotion;
import io.cartlog.events.cart.CartRegion;
import io.cartlog.events.cart.CartRegionChangedEvent;
import io.cartlog.events.cart.ShippingMethodSetEvent;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        Instant updatedAt) {

    record Item(CartLineItem line, Instant createdAt, Instant updatedAt) {
    }

    record ShippingMethod(String id, String shippingOptionId, String name, long amount, Map<String, Object> data,
                          Instant createdAt) {
    }

    static CartDocument created(CartCreatedEvent event, Instant at) {
        Instant when = millis(at);
        return new CartDocument(event.cartId(), event.region(), event.salesChannelId(), event.email(),
                event.customerId(), event.shippingAddress(), event.billingAddress(), event.metadata(), List.of(),
                List.of(), List.of(), when, when);
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
                event.billingAddress(), event.metadata(), items, shippingMethods, promotions, createdAt, millis(at));
    }

    CartDocument inRegion(CartRegionChangedEvent event, Instant at) {
        CartDocument repriced = this;
        for (CartRegionChangedEvent.RepricedLine price : event.lines()) {
            repriced = repriced.mapItem(price.lineItemId(), line -> line.withUnitPrice(price.unitPrice()), at);
        }
        return new CartDocument(id, event.region(), salesChannelId, email, customerId, shippingAddress, billingAddress,
                metadata, repriced.items(), shippingMethods, promotions, createdAt, millis(at));
    }

    CartDocument inSalesChannel(String channelId, Instant at) {
        return new CartDocument(id, region, channelId, email, customerId, shippingAddress, billingAddress, metadata,
                items, shippingMethods, promotions, createdAt, millis(at));
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
                metadata, items, shippingMethods, List.copyOf(changed), createdAt, millis(at));
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
                metadata, List.copyOf(changed), shippingMethods, promotions, createdAt, millis(at));
    }

    private CartDocument withShippingMethods(List<ShippingMethod> changed, Instant at) {
        return new CartDocument(id, region, salesChannelId, email, customerId, shippingAddress, billingAddress,
                metadata, items, List.copyOf(changed), promotions, createdAt, millis(at));
    }

    private static Instant millis(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }
}
