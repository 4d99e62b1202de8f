package io.cartlog.query.order;

import io.cartlog.events.order.OrderPlacedEvent;
import io.cartlog.queries.order.OrderView.FulfillmentView;

import java.time.Instant;
import java.util.List;

/**
 * What order-view stores of an order: the placement as it happened and what became of the order
 * since. {@link OrderRenderer} derives the rest (totals, statuses, item progress) when it is read,
 * together with the order's payment from payment-collection-view.
 *
 * @param status {@code pending}, {@code canceled} or {@code completed}
 */
record OrderDocument(
        OrderPlacedEvent placed,
        Instant placedAt,
        String status,
        Instant canceledAt,
        List<FulfillmentView> fulfillments,
        Instant updatedAt) {

    static OrderDocument placed(OrderPlacedEvent event, Instant at) {
        return new OrderDocument(event, at, "pending", null, List.of(), at);
    }

    String id() {
        return placed.orderId();
    }

    OrderDocument canceled(Instant at) {
        return new OrderDocument(placed, placedAt, "canceled", at, fulfillments, at);
    }

    OrderDocument completed(Instant at) {
        return new OrderDocument(placed, placedAt, "completed", canceledAt, fulfillments, at);
    }

    OrderDocument withFulfillments(List<FulfillmentView> changed, Instant at) {
        return new OrderDocument(placed, placedAt, status, canceledAt, List.copyOf(changed), at);
    }
}
