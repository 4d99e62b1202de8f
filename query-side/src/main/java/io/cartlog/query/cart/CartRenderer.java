package io.cartlog.query.cart;

import io.cartlog.events.cart.CartLineItem;
import io.cartlog.events.cart.CartPromotion;
import io.cartlog.events.cart.CartRegion;
import io.cartlog.events.cart.CartTotals;
import io.cartlog.events.common.Countries;
import io.cartlog.events.common.Ids;
import io.cartlog.queries.cart.CartView;
import io.cartlog.queries.cart.CartView.AddressView;
import io.cartlog.queries.cart.CartView.ApplicationMethodView;
import io.cartlog.queries.cart.CartView.CategoryRef;
import io.cartlog.queries.cart.CartView.LineAdjustmentView;
import io.cartlog.queries.cart.CartView.LineItemView;
import io.cartlog.queries.cart.CartView.LineProductView;
import io.cartlog.queries.cart.CartView.LineVariantView;
import io.cartlog.queries.cart.CartView.PromotionView;
import io.cartlog.queries.cart.CartView.RegionRef;
import io.cartlog.queries.cart.CartView.ShippingAdjustmentView;
import io.cartlog.queries.cart.CartView.ShippingMethodView;
import io.cartlog.queries.cart.CartView.TaxLineView;
import io.cartlog.queries.payment.PaymentCollectionView;
import io.cartlog.queries.region.RegionView.CountryView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

/** A stored cart in Medusa's shape, with the totals of {@link CartTotals}. */
final class CartRenderer {

    private CartRenderer() {
    }

    static CartView render(CartDocument cart, long version, PaymentCollectionView paymentCollection) {
        BigDecimal rate = cart.region().taxRate();
        CartTotals.Totals totals = CartTotals.of(rate,
                cart.items().stream().map(item -> new CartTotals.Line(item.line().unitPrice(), item.line().quantity()))
                        .toList(),
                cart.shippingMethods().stream().map(CartDocument.ShippingMethod::amount).toList(),
                cart.promotions().stream().map(CartPromotion::discount).toList());
        List<TaxLineView> taxLines = rate == null || rate.signum() == 0 ? List.of()
                : List.of(new TaxLineView(rate, "default", cart.region().name() + " tax"));
        List<LineItemView> items = IntStream.range(0, cart.items().size())
                .mapToObj(i -> item(cart, cart.items().get(i), totals.items().get(i), taxLines))
                .toList();
        List<ShippingMethodView> methods = IntStream.range(0, cart.shippingMethods().size())
                .mapToObj(i -> method(cart, cart.shippingMethods().get(i), totals.shipping().get(i), taxLines))
                .toList();
        return new CartView(cart.id(), cart.region().currencyCode(), cart.email(), cart.region().regionId(),
                cart.customerId(), cart.salesChannelId(), cart.metadata(), cart.createdAt(), cart.updatedAt(), cart.completedAt(),
                items, methods, AddressView.of(cart.shippingAddress()), AddressView.of(cart.billingAddress()),
                new RegionRef(cart.region().regionId(), cart.region().name(), cart.region().currencyCode(),
                        cart.region().automaticTaxes(), countries(cart.region())),
                cart.promotions().stream().map(CartRenderer::promotion).toList(), totals.total(), totals.subtotal(),
                totals.taxTotal(), totals.discountTotal(), totals.itemDiscountTotal(), totals.shippingDiscountTotal(),
                totals.itemTotal(), totals.itemSubtotal(), totals.itemTaxTotal(), totals.shippingTotal(),
                totals.shippingSubtotal(), totals.shippingTaxTotal(), version, paymentCollection);
    }

    private static LineItemView item(CartDocument cart, CartDocument.Item item, CartTotals.Amounts amounts,
                                     List<TaxLineView> taxLines) {
        CartLineItem line = item.line();
        List<LineAdjustmentView> adjustments = new ArrayList<>();
        forEachShare(cart.promotions(), amounts, (promotion, amount) -> adjustments.add(new LineAdjustmentView(
                Ids.derived("caliadj", line.lineItemId(), promotion.promotionId()), line.lineItemId(),
                promotion.code(), promotion.promotionId(), amount, false)));
        List<CategoryRef> categories = line.productCategoryIds() == null ? List.of()
                : line.productCategoryIds().stream().map(CategoryRef::new).toList();
        return new LineItemView(line.lineItemId(), cart.id(), line.title(), line.thumbnail(), line.variantId(),
                line.productId(), line.productTitle(), line.productDescription(), line.productSubtitle(), null, null,
                line.productCollection(), line.productHandle(), line.variantSku(), line.variantBarcode(),
                line.variantTitle(), Boolean.TRUE.equals(line.isGiftcard()), true, false, line.quantity(),
                line.unitPrice(), null, amounts.subtotal(), amounts.discountTotal(), amounts.taxTotal(),
                amounts.total(), taxLines, List.copyOf(adjustments),
                new LineProductView(line.productId(), line.productCollectionId(), null, categories, List.of()),
                new LineVariantView(line.variantId(), line.variantTitle(), line.variantSku(), line.variantBarcode(),
                        line.productId()),
                line.metadata(), item.createdAt(), item.updatedAt());
    }

    private static ShippingMethodView method(CartDocument cart, CartDocument.ShippingMethod method,
                                             CartTotals.Amounts amounts, List<TaxLineView> taxLines) {
        List<ShippingAdjustmentView> adjustments = new ArrayList<>();
        forEachShare(cart.promotions(), amounts, (promotion, amount) -> adjustments.add(new ShippingAdjustmentView(
                Ids.derived("casmadj", method.id(), promotion.promotionId()), method.id(), promotion.code(),
                promotion.promotionId(), amount, false)));
        return new ShippingMethodView(method.id(), cart.id(), method.shippingOptionId(), method.name(), method.amount(),
                false, amounts.subtotal(), amounts.discountTotal(), amounts.taxTotal(), amounts.total(), method.data(),
                taxLines, List.copyOf(adjustments), method.createdAt(), method.createdAt());
    }

    /**
     * Each promotion's part of a line's or a shipping method's discount, as {@link CartTotals} computed
     * it; nothing for a promotion that took nothing there.
     */
    private static void forEachShare(List<CartPromotion> promotions, CartTotals.Amounts amounts,
                                     BiConsumer<CartPromotion, Long> share) {
        for (int i = 0; i < amounts.discounts().size(); i++) {
            long amount = amounts.discounts().get(i);
            if (amount != 0) {
                share.accept(promotions.get(i), amount);
            }
        }
    }

    /** The region's countries as {@code /store/regions} shows them. */
    private static List<CountryView> countries(CartRegion region) {
        if (region.countries() == null) {
            return List.of();
        }
        return region.countries().stream()
                .flatMap(iso2 -> Countries.find(iso2).stream())
                .map(country -> new CountryView(country.iso2(), country.iso3(), null, country.name(),
                        country.displayName(), region.regionId()))
                .toList();
    }

    private static PromotionView promotion(CartPromotion promotion) {
        return new PromotionView(promotion.promotionId(), promotion.code(), false, false,
                new ApplicationMethodView(promotion.value(), promotion.type(),
                        "shipping".equals(promotion.target()) ? "shipping_methods" : "items", promotion.currencyCode()));
    }
}
