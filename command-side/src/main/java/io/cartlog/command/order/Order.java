package io.cartlog.command.order;

import io.cartlog.command.common.Require;
import io.cartlog.events.cart.CartLineItem;
import io.cartlog.events.order.OrderCanceledEvent;
import io.cartlog.events.order.OrderCompletedEvent;
import io.cartlog.events.order.OrderFulfillmentCreatedEvent;
import io.cartlog.events.order.OrderFulfillmentDeliveredEvent;
import io.cartlog.events.order.OrderFulfillmentShippedEvent;
import io.cartlog.events.order.OrderFulfillmentShippedEvent.Label;
import io.cartlog.events.order.OrderIds;
import io.cartlog.events.order.OrderPlacedEvent;
import io.cartlog.platform.web.ApiException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * An order, placed once per checkout: its id is derived from the checkout's, so a retry cannot
 * place a second. Afterwards it is fulfilled in parcels (fulfillments) that are shipped and
 * delivered, then completed; or canceled while nothing of it is fulfilled.
 * <p>
 * The order decides alone whether a step is allowed. What a step means for stock and payment is
 * answered to {@link OrderCancellation} and {@link OrderFulfillment}, which load the order, call
 * {@link #cancel()} or {@link #fulfil}, and send the inventory and payment commands in the same
 * unit of work.
 */
@Aggregate
public class Order {

    @AggregateIdentifier
    private String orderId;
    private String paymentCollectionId;
    private String paymentId;
    private Status status;
    /** By order item id, in the cart's order. */
    private final Map<String, Line> lines = new LinkedHashMap<>();
    private final Map<String, Parcel> fulfillments = new HashMap<>();

    protected Order() {
    }

    @CommandHandler
    Order(PlaceOrderCommand command, OrderNumbers numbers) {
        apply(new OrderPlacedEvent(command.orderId(), numbers.next(), command.cartId(), command.checkoutId(),
                command.cart(), command.paymentCollectionId(), command.paymentId()));
    }

    /** Cancels the order; answers the reservations to release and the payment to give back. */
    Cancellation cancel() {
        requirePending("canceled");
        if (!fulfillments.isEmpty()) {
            throw ApiException.notAllowed("Order '" + orderId + "' has fulfillments and cannot be canceled");
        }
        apply(new OrderCanceledEvent(orderId));
        List<StockHold> reservations = lines.values().stream()
                .filter(line -> line.reservationId() != null)
                .map(line -> new StockHold(line.variantId(), line.reservationId(), line.quantity()))
                .toList();
        return new Cancellation(reservations, paymentCollectionId, paymentId, getVersion());
    }

    /**
     * Packs {@code items} as a fulfillment; answers the reserved stock it takes. A fulfillment id
     * the order already has is a retry: nothing more is packed or taken.
     */
    Packed fulfil(String fulfillmentId, List<CreateFulfillmentCommand.Item> items) {
        if (fulfillments.containsKey(fulfillmentId)) {
            return new Packed(List.of(), getVersion());
        }
        requirePending("fulfilled");
        List<OrderFulfillmentCreatedEvent.Item> packed = packable(items);
        apply(new OrderFulfillmentCreatedEvent(orderId, fulfillmentId, packed));
        List<StockHold> taken = packed.stream()
                .filter(item -> lines.get(item.itemId()).reservationId() != null)
                .map(item -> new StockHold(lines.get(item.itemId()).variantId(),
                        lines.get(item.itemId()).reservationId(), item.quantity()))
                .toList();
        return new Packed(taken, getVersion());
    }

    @CommandHandler
    long handle(CreateShipmentCommand command) {
        Parcel parcel = fulfillment(command.fulfillmentId());
        if (parcel.shipped()) {
            throw ApiException.notAllowed("Fulfillment '" + command.fulfillmentId() + "' is already shipped");
        }
        apply(new OrderFulfillmentShippedEvent(orderId, command.fulfillmentId(), labels(command.labels())));
        return getVersion();
    }

    @CommandHandler
    long handle(MarkFulfillmentDeliveredCommand command) {
        Parcel parcel = fulfillment(command.fulfillmentId());
        if (!parcel.shipped()) {
            throw ApiException.notAllowed("Fulfillment '" + command.fulfillmentId() + "' is not shipped yet");
        }
        if (parcel.delivered()) {
            throw ApiException.notAllowed("Fulfillment '" + command.fulfillmentId() + "' is already delivered");
        }
        apply(new OrderFulfillmentDeliveredEvent(orderId, command.fulfillmentId()));
        return getVersion();
    }

    @CommandHandler
    long handle(CompleteOrderCommand command) {
        requirePending("completed");
        if (lines.values().stream().anyMatch(line -> line.fulfilled() < line.quantity())) {
            throw ApiException.notAllowed("Order '" + orderId + "' has items not fulfilled yet");
        }
        apply(new OrderCompletedEvent(orderId));
        return getVersion();
    }

    private void requirePending(String step) {
        if (status != Status.PENDING) {
            throw ApiException.notAllowed("Order '" + orderId + "' is " + status.name().toLowerCase()
                    + " and cannot be " + step);
        }
    }

    private Parcel fulfillment(String fulfillmentId) {
        Parcel parcel = fulfillmentId == null ? null : fulfillments.get(fulfillmentId);
        if (parcel == null) {
            throw ApiException.notFound("not_found", "Fulfillment with id '" + fulfillmentId
                    + "' was not found in order '" + orderId + "'");
        }
        return parcel;
    }

    /** The requested items, each an item of this order, once, with at most what is left of it to fulfil. */
    private List<OrderFulfillmentCreatedEvent.Item> packable(List<CreateFulfillmentCommand.Item> items) {
        if (items == null || items.isEmpty()) {
            throw ApiException.invalidData("Invalid request: Field 'items' must list at least one item");
        }
        Map<String, OrderFulfillmentCreatedEvent.Item> packed = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            CreateFulfillmentCommand.Item item = items.get(i);
            String field = "Invalid request: Field 'items[" + i + "]";
            if (item == null || item.id() == null || item.id().isBlank()) {
                throw ApiException.invalidData(field + ".id' is required");
            }
            Line line = lines.get(item.id());
            if (line == null) {
                throw ApiException.invalidData(field + ".id': order '" + orderId + "' has no item '" + item.id() + "'");
            }
            if (item.quantity() == null || item.quantity() < 1) {
                throw ApiException.invalidData(field + ".quantity' must be at least 1");
            }
            long left = line.quantity() - line.fulfilled();
            if (item.quantity() > left) {
                throw ApiException.invalidData(field + ".quantity': item '" + item.id() + "' has " + left
                        + " left to fulfil, " + item.quantity() + " requested");
            }
            if (packed.putIfAbsent(item.id(), new OrderFulfillmentCreatedEvent.Item(item.id(), item.quantity())) != null) {
                throw ApiException.invalidData(field + ".id': item '" + item.id() + "' is listed twice");
            }
        }
        return List.copyOf(packed.values());
    }

    private static List<Label> labels(List<Label> labels) {
        List<Label> checked = new ArrayList<>();
        for (int i = 0; labels != null && i < labels.size(); i++) {
            Label label = labels.get(i);
            String field = "labels[" + i + "]";
            if (label == null) {
                throw ApiException.invalidData("Invalid request: Field '" + field + "' must be an object");
            }
            checked.add(new Label(Require.text(field + ".tracking_number", label.trackingNumber()),
                    Require.maxLength(field + ".tracking_url", Require.optionalText(label.trackingUrl()), Require.MAX_TEXT),
                    Require.maxLength(field + ".label_url", Require.optionalText(label.labelUrl()), Require.MAX_TEXT)));
        }
        return List.copyOf(checked);
    }

    @EventSourcingHandler
    void on(OrderPlacedEvent event) {
        orderId = event.orderId();
        paymentCollectionId = event.paymentCollectionId();
        paymentId = event.paymentId();
        status = Status.PENDING;
        for (CartLineItem item : event.cart().items()) {
            boolean reserved = event.cart().inventoryManagedVariantIds().contains(item.variantId());
            lines.put(OrderIds.item(orderId, item.lineItemId()), new Line(item.variantId(),
                    reserved ? OrderIds.reservation(event.checkoutId(), item.lineItemId()) : null, item.quantity(), 0));
        }
    }

    @EventSourcingHandler
    void on(OrderCanceledEvent event) {
        status = Status.CANCELED;
    }

    @EventSourcingHandler
    void on(OrderFulfillmentCreatedEvent event) {
        for (OrderFulfillmentCreatedEvent.Item item : event.items()) {
            lines.computeIfPresent(item.itemId(), (id, line) -> new Line(line.variantId(), line.reservationId(),
                    line.quantity(), line.fulfilled() + item.quantity()));
        }
        fulfillments.put(event.fulfillmentId(), new Parcel(false, false));
    }

    @EventSourcingHandler
    void on(OrderFulfillmentShippedEvent event) {
        fulfillments.put(event.fulfillmentId(), new Parcel(true, false));
    }

    @EventSourcingHandler
    void on(OrderFulfillmentDeliveredEvent event) {
        fulfillments.put(event.fulfillmentId(), new Parcel(true, true));
    }

    @EventSourcingHandler
    void on(OrderCompletedEvent event) {
        status = Status.COMPLETED;
    }

    private enum Status { PENDING, CANCELED, COMPLETED }

    /** @param reservationId the checkout's reservation of its stock; null when its stock is not reserved */
    private record Line(String variantId, String reservationId, long quantity, long fulfilled) {
    }

    private record Parcel(boolean shipped, boolean delivered) {
    }

    /** Units of a variant held for the order under a reservation. */
    record StockHold(String variantId, String reservationId, long quantity) {
    }

    /** What a cancellation gives back, and the order's version after it. */
    record Cancellation(List<StockHold> reservations, String paymentCollectionId, String paymentId, long version) {
    }

    /** The reserved stock a fulfillment takes, and the order's version after it. */
    record Packed(List<StockHold> taken, long version) {
    }
}
