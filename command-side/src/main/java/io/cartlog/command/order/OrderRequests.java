package io.cartlog.command.order;

import io.cartlog.events.order.OrderFulfillmentShippedEvent.Label;

import java.util.List;

/** Bodies of the admin order routes, as Medusa names their fields; {@code version} is the order's, as last read. */
final class OrderRequests {

    private OrderRequests() {
    }

    /** Routes whose body carries nothing else (cancel, mark-as-delivered, complete). */
    record Versioned(Long version) {
    }

    /** {@code POST /admin/orders/{id}/fulfillments}: {@code items: [{id, quantity}]}. */
    record Fulfillment(List<CreateFulfillmentCommand.Item> items, Long version) {
    }

    /** {@code POST /admin/orders/{id}/fulfillments/{fulfillment_id}/shipments}: the whole fulfillment ships. */
    record Shipment(List<Label> labels, Long version) {
    }
}
