package io.cartlog.query.order;

import io.cartlog.events.order.OrderCanceledEvent;
import io.cartlog.events.order.OrderCompletedEvent;
import io.cartlog.events.order.OrderFulfillmentCreatedEvent;
import io.cartlog.events.order.OrderFulfillmentDeliveredEvent;
import io.cartlog.events.order.OrderFulfillmentShippedEvent;
import io.cartlog.events.order.OrderPlacedEvent;
import io.cartlog.events.returns.ReturnCanceledEvent;
import io.cartlog.events.returns.ReturnReceivedEvent;
import io.cartlog.events.returns.ReturnRequestedEvent;

import java.time.Instant;

/**
 * What each order event does to an order's document, in one place: the order view applies it as
 * events arrive, time travel folds an order's history with it.
 */
final class OrderHistory {

    private OrderHistory() {
    }

    /** The order after {@code event}; {@code order} is null before it was placed. */
    static OrderDocument apply(OrderDocument order, Object event, Instant at) {
        if (event instanceof OrderPlacedEvent e) {
            return OrderDocument.placed(e, at);
        } else if (event instanceof OrderCanceledEvent) {
            return order.canceled(at);
        } else if (event instanceof OrderFulfillmentCreatedEvent e) {
            return OrderRenderer.fulfillmentCreated(order, e, at);
        } else if (event instanceof OrderFulfillmentShippedEvent e) {
            return OrderRenderer.shipped(order, e, at);
        } else if (event instanceof OrderFulfillmentDeliveredEvent e) {
            return OrderRenderer.delivered(order, e.fulfillmentId(), at);
        } else if (event instanceof OrderCompletedEvent) {
            return order.completed(at);
        } else if (event instanceof ReturnRequestedEvent e) {
            return OrderRenderer.returnRequested(order, e, at);
        } else if (event instanceof ReturnReceivedEvent e) {
            return OrderRenderer.returnStatus(order, e.returnId(), "received", at);
        } else if (event instanceof ReturnCanceledEvent e) {
            return OrderRenderer.returnStatus(order, e.returnId(), "canceled", at);
        }
        return order;
    }
}
