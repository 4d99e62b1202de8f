package io.cartlog.query.order;

import io.cartlog.events.order.OrderPlacedEvent;
import io.cartlog.events.returns.ReturnRequestedEvent;
import io.cartlog.queries.order.OrderView.FulfillmentView;

import java.time.Instant;
import java.util.List;

/**
 * What order-view stores of an order: the placement as it happened and what became of the order
 * since. {@link OrderRenderer} derives the rest (totals, statuses, item progress) when it is read,
 * together with the order's payment from payment-collection-view.
 *
 * @param status {@code pending}, {@code canceled} or {@code completed}
 * @param returns null in documents stored before returns existed
 */
record OrderDocument(
        OrderPlacedEvent placed,
        Instant placedAt,
        String status,
        Instant canceledAt,
        List<FulfillmentView> fulfillments,
        List<Returned> returns,
        Instant updatedAt) {

    /** A return of the order's items: {@code requested}, {@code received} or {@code canceled}. */
    record Returned(String returnId, String status, List<ReturnRequestedEvent.Item> items, long refundAmount) {
    }

    static OrderDocument placed(OrderPlacedEvent event, Instant at) {
        return new OrderDocument(event, at, "pending", null, List.of(), List.of(), at);
    }

    @Override
    public List<Returned> returns() {
        return returns == null ? List.of() : returns;
    }

    String id() {
        return placed.orderId();
    }

    OrderDocument canceled(Instant at) {
        return new OrderDocument(placed, placedAt, "canceled", at, fulfillments, returns(), at);
    }

    OrderDocument completed(Instant at) {
        return new OrderDocument(placed, placedAt, "completed", canceledAt, fulfillments, returns(), at);
    }

    OrderDocument withFulfillments(List<FulfillmentView> changed, Instant at) {
        return new OrderDocument(placed, placedAt, status, canceledAt, List.copyOf(changed), returns(), at);
    }

    OrderDocument withReturns(List<Returned> changed, Instant at) {
        return new OrderDocument(placed, placedAt, status, canceledAt, fulfillments, List.copyOf(changed), at);
    }
}
