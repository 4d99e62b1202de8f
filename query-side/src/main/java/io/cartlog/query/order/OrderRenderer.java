package io.cartlog.query.order;

import io.cartlog.events.cart.CartLineItem;
import io.cartlog.events.cart.CartTotals;
import io.cartlog.events.cart.CheckoutCart;
import io.cartlog.events.common.Ids;
import io.cartlog.events.order.OrderFulfillmentCreatedEvent;
import io.cartlog.events.order.OrderFulfillmentShippedEvent;
import io.cartlog.events.order.OrderIds;
import io.cartlog.events.order.OrderPlacedEvent;
import io.cartlog.events.returns.ReturnRequestedEvent;
import io.cartlog.queries.cart.CartView.AddressView;
import io.cartlog.queries.order.OrderView;
import io.cartlog.queries.order.OrderView.FulfillmentItemView;
import io.cartlog.queries.order.OrderView.FulfillmentView;
import io.cartlog.queries.order.OrderView.ItemDetailView;
import io.cartlog.queries.order.OrderView.ItemView;
import io.cartlog.queries.order.OrderView.LabelView;
import io.cartlog.queries.order.OrderView.SummaryView;
import io.cartlog.queries.payment.PaymentCollectionView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * An order in Medusa's shape: the totals of {@link CartTotals} that the payment was authorized
 * for, each item's progress through its fulfillments, and the payment as its collection shows it
 * now, with the statuses and summary Medusa derives from them.
 */
final class OrderRenderer {

    private OrderRenderer() {
    }

    static OrderView render(OrderDocument order, long version, PaymentCollectionView payment) {
        OrderPlacedEvent placed = order.placed();
        CheckoutCart cart = placed.cart();
        CartTotals.Totals totals = cart.totals();
        Map<String, ItemDetailView> progress = progress(order);
        Map<String, Returns> returned = returned(order);
        List<ItemView> items = IntStream.range(0, cart.items().size())
                .mapToObj(i -> item(placed.orderId(), cart.items().get(i), totals.items().get(i), progress, returned))
                .toList();
        long returnRequested = refunds(order, "requested");
        long returnReceived = refunds(order, "received");
        List<OrderView.ShippingMethodView> methods = cart.shippingMethod() == null ? List.of()
                : List.of(method(placed.orderId(), cart.shippingMethod(), totals.shipping().get(0)));
        return new OrderView(placed.orderId(), order.status(), placed.displayId(), placed.cartId(),
                cart.region().currencyCode(), cart.region().regionId(), cart.email(), cart.customerId(),
                cart.salesChannelId(), paymentStatus(payment), fulfillmentStatus(items), items, methods,
                AddressView.of(cart.shippingAddress()), AddressView.of(cart.billingAddress()), order.fulfillments(),
                payment == null ? List.of() : List.of(payment),
                summary(order, totals.total(), returnReceived, payment), totals.total(), totals.subtotal(),
                totals.taxTotal(), totals.discountTotal(), totals.itemTotal(), totals.itemSubtotal(),
                totals.itemTaxTotal(), totals.shippingTotal(), totals.shippingSubtotal(), totals.shippingTaxTotal(),
                returnRequested, returnReceived, order.placedAt(), order.updatedAt(), order.canceledAt(), version);
    }

    static OrderDocument fulfillmentCreated(OrderDocument order, OrderFulfillmentCreatedEvent event, Instant at) {
        Map<String, CartLineItem> lines = order.placed().cart().items().stream().collect(Collectors.toMap(
                line -> OrderIds.item(order.id(), line.lineItemId()), Function.identity()));
        List<FulfillmentItemView> items = event.items().stream().map(item -> {
            CartLineItem line = lines.get(item.itemId());
            return new FulfillmentItemView(Ids.derived("fulit", event.fulfillmentId(), item.itemId()), item.itemId(),
                    line.title(), line.variantSku(), item.quantity());
        }).toList();
        List<FulfillmentView> fulfillments = new ArrayList<>(order.fulfillments());
        fulfillments.add(new FulfillmentView(event.fulfillmentId(), items, List.of(), null, null, at, at));
        return order.withFulfillments(fulfillments, at);
    }

    static OrderDocument shipped(OrderDocument order, OrderFulfillmentShippedEvent event, Instant at) {
        List<LabelView> labels = event.labels().stream()
                .map(label -> new LabelView(label.trackingNumber(), label.trackingUrl(), label.labelUrl()))
                .toList();
        return fulfillment(order, event.fulfillmentId(), at, f -> new FulfillmentView(f.id(), f.items(), labels, at,
                f.deliveredAt(), f.createdAt(), at));
    }

    static OrderDocument delivered(OrderDocument order, String fulfillmentId, Instant at) {
        return fulfillment(order, fulfillmentId, at, f -> new FulfillmentView(f.id(), f.items(), f.labels(),
                f.shippedAt(), at, f.createdAt(), at));
    }

    static OrderDocument returnRequested(OrderDocument order, ReturnRequestedEvent event, Instant at) {
        List<OrderDocument.Returned> returns = new ArrayList<>(order.returns());
        returns.add(new OrderDocument.Returned(event.returnId(), "requested", event.items(), event.refundAmount()));
        return order.withReturns(returns, at);
    }

    static OrderDocument returnStatus(OrderDocument order, String returnId, String status, Instant at) {
        return order.withReturns(order.returns().stream()
                .map(r -> r.returnId().equals(returnId)
                        ? new OrderDocument.Returned(r.returnId(), status, r.items(), r.refundAmount()) : r)
                .toList(), at);
    }

    private static OrderDocument fulfillment(OrderDocument order, String fulfillmentId, Instant at,
                                             UnaryOperator<FulfillmentView> change) {
        return order.withFulfillments(order.fulfillments().stream()
                .map(f -> f.id().equals(fulfillmentId) ? change.apply(f) : f).toList(), at);
    }

    /** How much of each item its fulfillments packed, shipped and delivered. */
    private static Map<String, ItemDetailView> progress(OrderDocument order) {
        Map<String, ItemDetailView> progress = new HashMap<>();
        for (FulfillmentView fulfillment : order.fulfillments()) {
            for (FulfillmentItemView item : fulfillment.items()) {
                long quantity = item.quantity();
                progress.merge(item.lineItemId(), new ItemDetailView(item.lineItemId(), 0, quantity,
                                fulfillment.shippedAt() == null ? 0 : quantity,
                                fulfillment.deliveredAt() == null ? 0 : quantity, 0, 0),
                        (a, b) -> new ItemDetailView(a.itemId(), 0, a.fulfilledQuantity() + b.fulfilledQuantity(),
                                a.shippedQuantity() + b.shippedQuantity(),
                                a.deliveredQuantity() + b.deliveredQuantity(), 0, 0));
            }
        }
        return progress;
    }

    /** Units and refunds of an item in open and in received returns. */
    private record Returns(long requestedQuantity, long receivedQuantity, long requestedTotal, long receivedTotal) {

        static final Returns NONE = new Returns(0, 0, 0, 0);

        Returns plus(Returns other) {
            return new Returns(requestedQuantity + other.requestedQuantity, receivedQuantity + other.receivedQuantity,
                    requestedTotal + other.requestedTotal, receivedTotal + other.receivedTotal);
        }
    }

    private static Map<String, Returns> returned(OrderDocument order) {
        Map<String, Returns> returned = new HashMap<>();
        for (OrderDocument.Returned r : order.returns()) {
            boolean requested = "requested".equals(r.status());
            if (requested || "received".equals(r.status())) {
                for (ReturnRequestedEvent.Item item : r.items()) {
                    returned.merge(item.itemId(), requested
                            ? new Returns(item.quantity(), 0, item.refundAmount(), 0)
                            : new Returns(0, item.quantity(), 0, item.refundAmount()), Returns::plus);
                }
            }
        }
        return returned;
    }

    private static long refunds(OrderDocument order, String status) {
        return order.returns().stream().filter(r -> status.equals(r.status()))
                .mapToLong(OrderDocument.Returned::refundAmount).sum();
    }

    /** Medusa's statuses, from the furthest step any unit reached: all of them, or some. */
    private static String fulfillmentStatus(List<ItemView> items) {
        long ordered = items.stream().mapToLong(ItemView::quantity).sum();
        long fulfilled = items.stream().mapToLong(item -> item.detail().fulfilledQuantity()).sum();
        long shipped = items.stream().mapToLong(item -> item.detail().shippedQuantity()).sum();
        long delivered = items.stream().mapToLong(item -> item.detail().deliveredQuantity()).sum();
        if (delivered > 0) {
            return delivered >= ordered ? "delivered" : "partially_delivered";
        }
        if (shipped > 0) {
            return shipped >= ordered ? "shipped" : "partially_shipped";
        }
        if (fulfilled > 0) {
            return fulfilled >= ordered ? "fulfilled" : "partially_fulfilled";
        }
        return "not_fulfilled";
    }

    private static String paymentStatus(PaymentCollectionView payment) {
        if (payment == null) {
            return "not_paid";
        }
        if (payment.refundedAmount() > 0) {
            return payment.refundedAmount() >= payment.capturedAmount() ? "refunded" : "partially_refunded";
        }
        if (payment.capturedAmount() > 0) {
            return payment.capturedAmount() >= payment.authorizedAmount() ? "captured" : "partially_captured";
        }
        return switch (payment.status()) {
            case "authorized", "canceled" -> payment.status();
            default -> "not_paid";
        };
    }

    /**
     * A canceled order is owed nothing: what was paid and not refunded is owed back. A received
     * return is owed its refund.
     */
    private static SummaryView summary(OrderDocument order, long total, long returned, PaymentCollectionView payment) {
        long current = "canceled".equals(order.status()) ? 0 : total - returned;
        long paid = payment == null ? 0 : payment.capturedAmount();
        long refunded = payment == null ? 0 : payment.refundedAmount();
        long transactions = paid - refunded;
        return new SummaryView(current, total, current, 0, paid, refunded, transactions, current - transactions);
    }

    private static ItemView item(String orderId, CartLineItem line, CartTotals.Amounts amounts,
                                 Map<String, ItemDetailView> progress, Map<String, Returns> returned) {
        String id = OrderIds.item(orderId, line.lineItemId());
        ItemDetailView done = progress.getOrDefault(id, new ItemDetailView(id, 0, 0, 0, 0, 0, 0));
        Returns returns = returned.getOrDefault(id, Returns.NONE);
        return new ItemView(id, line.title(), line.thumbnail(), line.variantId(), line.productId(), line.productTitle(),
                line.productHandle(), line.variantSku(), line.variantTitle(), line.quantity(), line.unitPrice(),
                amounts.subtotal(), amounts.discountTotal(), amounts.taxTotal(), amounts.total(),
                returns.requestedTotal(), returns.receivedTotal(), line.metadata(),
                new ItemDetailView(id, line.quantity(), done.fulfilledQuantity(), done.shippedQuantity(),
                        done.deliveredQuantity(), returns.requestedQuantity(), returns.receivedQuantity()));
    }

    private static OrderView.ShippingMethodView method(String orderId, CheckoutCart.ShippingMethod method,
                                                       CartTotals.Amounts amounts) {
        return new OrderView.ShippingMethodView(Ids.derived("ordsm", orderId, method.shippingMethodId()),
                method.shippingOptionId(), method.name(), method.amount(), amounts.subtotal(), amounts.discountTotal(),
                amounts.taxTotal(), amounts.total());
    }
}
