package io.cartlog.query.cart;

import io.cartlog.events.cart.CartAddress;
import io.cartlog.events.cart.CartLineItem;
import io.cartlog.events.cart.CartPromotion;
import io.cartlog.events.cart.CartTotals;
import io.cartlog.queries.cart.CartView;
import io.cartlog.queries.cart.CartView.AddressView;
import io.cartlog.queries.cart.CartView.ApplicationMethodView;
import io.cartlog.queries.cart.CartView.LineItemView;
import io.cartlog.queries.cart.CartView.PromotionView;
import io.cartlog.queries.cart.CartView.RegionRef;
import io.cartlog.queries.cart.CartView.ShippingMethodView;
import io.cartlog.queries.cart.CartView.TaxLineView;
import io.cartlog.queries.payment.PaymentCollectionView;

import java.math.BigDecimal;
import java.util.List;
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
                cart.promotions().stream().map(promotion -> new CartTotals.Discount(promotion.type(), promotion.target(),
                        promotion.value(), promotion.minSubtotal())).toList());
        List<TaxLineView> taxLines = rate == null || rate.signum() == 0 ? List.of()
                : List.of(new TaxLineView(rate, "default", cart.region().name() + " tax"));
        List<LineItemView> items = IntStream.range(0, cart.items().size())
                .mapToObj(i -> item(cart, cart.items().get(i), totals.items().get(i), taxLines))
                .toList();
        List<ShippingMethodView> methods = IntStream.range(0, cart.shippingMethods().size())
                .mapToObj(i -> method(cart, cart.shippingMethods().get(i), totals.shipping().get(i), taxLines))
                .toList();
        return new CartView(cart.id(), cart.region().currencyCode(), cart.email(), cart.region().regionId(),
                cart.customerId(), cart.salesChannelId(), cart.metadata(), cart.createdAt(), cart.updatedAt(), null,
                items, methods, address(cart.shippingAddress()), address(cart.billingAddress()),
                new RegionRef(cart.region().regionId(), cart.region().name(), cart.region().currencyCode(),
                        cart.region().automaticTaxes()),
                cart.promotions().stream().map(CartRenderer::promotion).toList(), totals.total(), totals.subtotal(),
                totals.taxTotal(), totals.discountTotal(), totals.itemDiscountTotal(), totals.shippingDiscountTotal(),
                totals.itemTotal(), totals.itemSubtotal(), totals.itemTaxTotal(), totals.shippingTotal(),
                totals.shippingSubtotal(), totals.shippingTaxTotal(), version, paymentCollection);
    }

    private static LineItemView item(CartDocument cart, CartDocument.Item item, CartTotals.Amounts amounts,
                                     List<TaxLineView> taxLines) {
        CartLineItem line = item.line();
        return new LineItemView(line.lineItemId(), cart.id(), line.title(), line.thumbnail(), line.variantId(),
                line.productId(), line.productTitle(), line.productHandle(), line.variantSku(), line.variantTitle(),
                true, false, line.quantity(), line.unitPrice(), amounts.subtotal(), amounts.discountTotal(),
                amounts.taxTotal(), amounts.total(), taxLines, List.of(), line.metadata(), item.createdAt(),
                item.updatedAt());
    }

    private static ShippingMethodView method(CartDocument cart, CartDocument.ShippingMethod method,
                                             CartTotals.Amounts amounts, List<TaxLineView> taxLines) {
        return new ShippingMethodView(method.id(), cart.id(), method.shippingOptionId(), method.name(), method.amount(),
                false, amounts.subtotal(), amounts.discountTotal(), amounts.taxTotal(), amounts.total(), method.data(),
                taxLines, List.of(), method.createdAt(), method.createdAt());
    }

    private static PromotionView promotion(CartPromotion promotion) {
        return new PromotionView(promotion.promotionId(), promotion.code(), false, false,
                new ApplicationMethodView(promotion.value(), promotion.type(),
                        "shipping".equals(promotion.target()) ? "shipping_methods" : "items", promotion.currencyCode()));
    }

    private static AddressView address(CartAddress address) {
        return address == null ? null : new AddressView(address.firstName(), address.lastName(), address.company(),
                address.address1(), address.address2(), address.city(), address.countryCode(), address.province(),
                address.postalCode(), address.phone(), address.metadata());
    }
}
