package io.cartlog.query.analytics;

import io.cartlog.events.cart.CartLineItem;
import io.cartlog.events.cart.CartPromotion;
import io.cartlog.events.cart.CartRegionChangedEvent;
import io.cartlog.events.cart.CartTotals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A cart as the funnel sees it: the stages it reached, when it last changed, and what its value
 * is computed from. Stages are never left again (a cart whose items were all removed still got
 * as far as having items).
 */
record FunnelCart(
        String cartId,
        Instant createdAt,
        Instant lastActivityAt,
        boolean withItems,
        boolean withShipping,
        boolean completed,
        String currencyCode,
        BigDecimal taxRate,
        List<Line> lines,
        List<CartPromotion> promotions) {

    record Line(String lineItemId, long unitPrice, long quantity) {
    }

    static FunnelCart created(String cartId, String currencyCode, BigDecimal taxRate, Instant at) {
        return new FunnelCart(cartId, at, at, false, false, false, currencyCode, taxRate, List.of(), List.of());
    }

    /** The items' total after promotions and with tax, as the cart shows it (shipping excluded). */
    long itemTotal() {
        return CartTotals.of(taxRate,
                lines.stream().map(line -> new CartTotals.Line(line.unitPrice(), line.quantity())).toList(),
                List.of(),
                promotions.stream().map(CartPromotion::discount).toList()).itemTotal();
    }

    FunnelCart touched(Instant at) {
        return new FunnelCart(cartId, createdAt, later(at), withItems, withShipping, completed, currencyCode, taxRate,
                lines, promotions);
    }

    FunnelCart withItem(CartLineItem item, Instant at) {
        List<Line> changed = new ArrayList<>(lines);
        changed.add(new Line(item.lineItemId(), item.unitPrice(), item.quantity()));
        return new FunnelCart(cartId, createdAt, later(at), true, withShipping, completed, currencyCode, taxRate,
                List.copyOf(changed), promotions);
    }

    FunnelCart withQuantity(String lineItemId, long quantity, Instant at) {
        return withLines(lines.stream()
                .map(line -> line.lineItemId().equals(lineItemId) ? new Line(lineItemId, line.unitPrice(), quantity) : line)
                .toList(), at);
    }

    FunnelCart withoutItem(String lineItemId, Instant at) {
        return withLines(lines.stream().filter(line -> !line.lineItemId().equals(lineItemId)).toList(), at);
    }

    FunnelCart inRegion(CartRegionChangedEvent event, Instant at) {
        Map<String, Long> prices = event.lines().stream().collect(Collectors.toMap(
                CartRegionChangedEvent.RepricedLine::lineItemId, CartRegionChangedEvent.RepricedLine::unitPrice));
        List<Line> repriced = lines.stream()
                .map(line -> new Line(line.lineItemId(), prices.getOrDefault(line.lineItemId(), line.unitPrice()),
                        line.quantity()))
                .toList();
        return new FunnelCart(cartId, createdAt, later(at), withItems, withShipping, completed,
                event.region().currencyCode(), event.region().taxRate(), repriced, promotions);
    }

    FunnelCart withShipping(Instant at) {
        return new FunnelCart(cartId, createdAt, later(at), withItems, true, completed, currencyCode, taxRate, lines,
                promotions);
    }

    FunnelCart withPromotion(CartPromotion promotion, Instant at) {
        List<CartPromotion> changed = new ArrayList<>(promotions);
        changed.add(promotion);
        return withPromotions(List.copyOf(changed), at);
    }

    FunnelCart withoutPromotion(String promotionId, Instant at) {
        return withPromotions(promotions.stream().filter(p -> !p.promotionId().equals(promotionId)).toList(), at);
    }

    FunnelCart completed(Instant at) {
        return new FunnelCart(cartId, createdAt, later(at), withItems, withShipping, true, currencyCode, taxRate, lines,
                promotions);
    }

    private FunnelCart withLines(List<Line> changed, Instant at) {
        return new FunnelCart(cartId, createdAt, later(at), withItems, withShipping, completed, currencyCode, taxRate,
                changed, promotions);
    }

    private FunnelCart withPromotions(List<CartPromotion> changed, Instant at) {
        return new FunnelCart(cartId, createdAt, later(at), withItems, withShipping, completed, currencyCode, taxRate,
                lines, changed);
    }

    private Instant later(Instant at) {
        return at.isAfter(lastActivityAt) ? at : lastActivityAt;
    }
}
