package io.cartlog.query.order;

import io.cartlog.events.cart.CartLineItem;
import io.cartlog.events.cart.CartTotals;
import io.cartlog.events.cart.CheckoutCart;
import io.cartlog.events.common.Ids;
import io.cartlog.events.order.OrderPlacedEvent;
import io.cartlog.queries.cart.CartView.AddressView;
import io.cartlog.queries.order.OrderView;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/** An order as placed, in Medusa's shape, with the totals of {@link CartTotals} that the payment was authorized for. */
final class OrderRenderer {

    private OrderRenderer() {
    }

    static OrderView placed(OrderPlacedEvent event, Instant at, long version) {
        CheckoutCart cart = event.cart();
        CartTotals.Totals totals = cart.totals();
        List<OrderView.ItemView> items = IntStream.range(0, cart.items().size())
                .mapToObj(i -> item(event.orderId(), cart.items().get(i), totals.items().get(i)))
                .toList();
        List<OrderView.ShippingMethodView> methods = cart.shippingMethod() == null ? List.of()
                : List.of(method(event.orderId(), cart.shippingMethod(), totals.shipping().get(0)));
        return new OrderView(event.orderId(), "pending", event.displayId(), event.cartId(),
                cart.region().currencyCode(), cart.region().regionId(), cart.email(), cart.customerId(),
                cart.salesChannelId(), "authorized", "not_fulfilled", items, methods,
                AddressView.of(cart.shippingAddress()), AddressView.of(cart.billingAddress()), totals.total(), totals.subtotal(),
                totals.taxTotal(), totals.discountTotal(), totals.itemTotal(), totals.itemSubtotal(),
                totals.itemTaxTotal(), totals.shippingTotal(), totals.shippingSubtotal(), totals.shippingTaxTotal(),
                at, at, version);
    }

    private static OrderView.ItemView item(String orderId, CartLineItem line, CartTotals.Amounts amounts) {
        return new OrderView.ItemView(Ids.derived("ordli", orderId, line.lineItemId()), line.title(), line.thumbnail(),
                line.variantId(), line.productId(), line.productTitle(), line.productHandle(), line.variantSku(),
                line.variantTitle(), line.quantity(), line.unitPrice(), amounts.subtotal(), amounts.discountTotal(),
                amounts.taxTotal(), amounts.total(), line.metadata());
    }

    private static OrderView.ShippingMethodView method(String orderId, CheckoutCart.ShippingMethod method,
                                                     CartTotals.Amounts amounts) {
        return new OrderView.ShippingMethodView(Ids.derived("ordsm", orderId, method.shippingMethodId()),
                method.shippingOptionId(), method.name(), method.amount(), amounts.subtotal(), amounts.discountTotal(),
                amounts.taxTotal(), amounts.total());
    }
}
