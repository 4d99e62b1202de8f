package io.cartlog.command.order;

import io.cartlog.command.common.Require;
import io.cartlog.events.cart.CartLineItem;
import io.cartlog.events.cart.CartTotals;
import io.cartlog.events.common.Ids;
import io.cartlog.events.order.OrderCanceledEvent;
import io.cartlog.events.order.OrderCompletedEvent;
import io.cartlog.events.order.OrderFulfillmentCreatedEvent;
import io.cartlog.events.order.OrderFulfillmentDeliveredEvent;
import io.cartlog.events.order.OrderFulfillmentShippedEvent;
import io.cartlog.events.order.OrderFulfillmentShippedEvent.Label;
import io.cartlog.events.order.OrderIds;
import io.cartlog.events.order.OrderPlacedEvent;
import io.cartlog.events.returns.ReturnCanceledEvent;
import io.cartlog.events.returns.ReturnReceivedEvent;
import io.cartlog.events.returns.ReturnRequestedEvent;
import io.cartlog.platform.web.ApiException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * An order, placed once per checkout: its id is derived from the checkout's, so a retry cannot
 * place a second. Afterwards it is fulfilled in parcels (fulfillments) that are shipped and
 * delivered, then completed; or canceled while nothing of it is fulfilled. Fulfilled items can
 * be returned: the order keeps its returns, so two returns never claim the same unit.
 * <p>
 * The order decides alone whether a step is allowed. What a step means for stock and payment is
 * answered to {@link OrderCancellation}, {@link OrderFulfillment} and {@link ReturnReceipt}, which load the
 * order, call {@link #cancel()}, {@link #fulfil} or {@link #receiveReturn}, and send the inventory and payment commands in the same
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
    private final Map<String, Return> returns = new HashMap<>();

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

    /** Answers the order's version after the return's request, also when the request is a retry. */
    @CommandHandler
    long handle(RequestReturnCommand command) {
        if (returns.containsKey(command.returnId())) {
            return returns.get(command.returnId()).version();
        }
        if (status == Status.CANCELED) {
            throw ApiException.notAllowed("Order '" + orderId + "' is canceled and has nothing to return");
        }
        List<ReturnRequestedEvent.Item> items = returnable(command.items());
        long shipping = command.shipping() == null ? 0 : command.shipping().amount();
        long itemsRefund = items.stream().mapToLong(ReturnRequestedEvent.Item::refundAmount).sum();
        apply(new ReturnRequestedEvent(orderId, command.returnId(), items, command.shipping(),
                Require.maxLength("note", Require.optionalText(command.note()), Require.MAX_TEXT),
                Math.max(0, itemsRefund - shipping)));
        return getVersion();
    }

    @CommandHandler
    long handle(CancelReturnCommand command) {
        requireRequested(command.returnId(), "canceled");
        apply(new ReturnCanceledEvent(orderId, command.returnId()));
        return getVersion();
    }

    /**
     * Receives the whole return; answers the stock to put back (of the items whose stock the
     * checkout reserved, that is manages) and the refund to make.
     */
    Receipt receiveReturn(String returnId) {
        Return requested = requireRequested(returnId, "received");
        String refundId = requested.refundAmount() > 0 ? Ids.derived("ref", returnId, "received") : null;
        apply(new ReturnReceivedEvent(orderId, returnId, refundId, requested.refundAmount()));
        List<StockHold> restock = requested.items().entrySet().stream()
                .filter(item -> lines.get(item.getKey()).reservationId() != null)
                .map(item -> new StockHold(lines.get(item.getKey()).variantId(), null, item.getValue()))
                .toList();
        return new Receipt(restock, paymentCollectionId, paymentId, refundId, requested.refundAmount(), getVersion());
    }

    private Return requireRequested(String returnId, String step) {
        Return requested = returnId == null ? null : returns.get(returnId);
        if (requested == null) {
            throw ApiException.notFound("not_found", "Return with id '" + returnId + "' was not found in order '"
                    + orderId + "'");
        }
        if (requested.status() != ReturnStatus.REQUESTED) {
            throw ApiException.notAllowed("Return '" + returnId + "' is " + requested.status().name().toLowerCase()
                    + " and cannot be " + step);
        }
        return requested;
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

    /** The requested items, each with at most what is left of it to fulfil. */
    private List<OrderFulfillmentCreatedEvent.Item> packable(List<CreateFulfillmentCommand.Item> items) {
        return checked(items, line -> line.quantity() - line.fulfilled(), "left to fulfil",
                (i, item, line) -> new OrderFulfillmentCreatedEvent.Item(item.id(), item.quantity()));
    }

    /**
     * The requested items, each with at most what is fulfilled and not claimed by another return,
     * and its share of what was paid for the item.
     */
    private List<ReturnRequestedEvent.Item> returnable(List<RequestReturnCommand.Item> items) {
        return checked(items, line -> line.fulfilled() - line.claimed(), "fulfilled and not returned yet",
                (i, item, line) -> new ReturnRequestedEvent.Item(item.id(), item.quantity(),
                        Require.optionalText(item.reasonId()),
                        Require.maxLength("items[" + i + "].note", Require.optionalText(item.note()), Require.MAX_TEXT),
                        line.refundFor(item.quantity())));
    }

    /**
     * Checks requested items: each an item of this order, listed once, with a quantity from 1 to
     * what {@code left} allows of it; answers what {@code make} makes of each, in order.
     */
    private <I extends ItemQuantity, R> List<R> checked(List<I> items, ToLongFunction<Line> left, String leftWhat,
                                                        CheckedItem<I, R> make) {
        if (items == null || items.isEmpty()) {
            throw ApiException.invalidData("Invalid request: Field 'items' must list at least one item");
        }
        Map<String, R> checked = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            I item = items.get(i);
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
            long available = left.applyAsLong(line);
            if (item.quantity() > available) {
                throw ApiException.invalidData(field + ".quantity': item '" + item.id() + "' has " + available + " "
                        + leftWhat + ", " + item.quantity() + " requested");
            }
            if (checked.containsKey(item.id())) {
                throw ApiException.invalidData(field + ".id': item '" + item.id() + "' is listed twice");
            }
            checked.put(item.id(), make.make(i, item, line));
        }
        return List.copyOf(checked.values());
    }

    /** What a checked item becomes, given its index in the request and its order line. */
    @FunctionalInterface
    private interface CheckedItem<I, R> {
        R make(int index, I item, Line line);
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
        List<CartTotals.Amounts> paid = event.cart().totals().items();
        for (int i = 0; i < event.cart().items().size(); i++) {
            CartLineItem item = event.cart().items().get(i);
            boolean reserved = event.cart().inventoryManagedVariantIds().contains(item.variantId());
            lines.put(OrderIds.item(orderId, item.lineItemId()), new Line(item.variantId(),
                    reserved ? OrderIds.reservation(event.checkoutId(), item.lineItemId()) : null, item.quantity(), 0,
                    paid.get(i).total(), 0));
        }
    }

    @EventSourcingHandler
    void on(OrderCanceledEvent event) {
        status = Status.CANCELED;
    }

    @EventSourcingHandler
    void on(OrderFulfillmentCreatedEvent event) {
        for (OrderFulfillmentCreatedEvent.Item item : event.items()) {
            lines.computeIfPresent(item.itemId(), (id, line) -> line.withFulfilled(line.fulfilled() + item.quantity()));
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

    @EventSourcingHandler
    void on(ReturnRequestedEvent event, @SequenceNumber long version) {
        Map<String, Long> items = new LinkedHashMap<>();
        for (ReturnRequestedEvent.Item item : event.items()) {
            items.put(item.itemId(), item.quantity());
            lines.computeIfPresent(item.itemId(), (id, line) -> line.withClaimed(line.claimed() + item.quantity()));
        }
        returns.put(event.returnId(), new Return(ReturnStatus.REQUESTED, items, event.refundAmount(), version));
    }

    @EventSourcingHandler
    void on(ReturnReceivedEvent event, @SequenceNumber long version) {
        returns.computeIfPresent(event.returnId(), (id, ret) -> ret.with(ReturnStatus.RECEIVED, version));
    }

    @EventSourcingHandler
    void on(ReturnCanceledEvent event, @SequenceNumber long version) {
        Return canceled = returns.computeIfPresent(event.returnId(),
                (id, ret) -> ret.with(ReturnStatus.CANCELED, version));
        canceled.items().forEach((itemId, quantity) ->
                lines.computeIfPresent(itemId, (id, line) -> line.withClaimed(line.claimed() - quantity)));
    }

    private enum Status { PENDING, CANCELED, COMPLETED }

    private enum ReturnStatus { REQUESTED, RECEIVED, CANCELED }

    /**
     * @param reservationId the checkout's reservation of its stock; null when its stock is not reserved
     * @param paid what the shopper paid for all units of the line (after discounts, with tax)
     * @param claimed units in returns requested or received
     */
    private record Line(String variantId, String reservationId, long quantity, long fulfilled, long paid,
                        long claimed) {

        Line withFulfilled(long units) {
            return new Line(variantId, reservationId, quantity, units, paid, claimed);
        }

        Line withClaimed(long units) {
            return new Line(variantId, reservationId, quantity, fulfilled, paid, units);
        }

        /**
         * What returning {@code units} more refunds: the paid amount is spread over the units so that
         * returning all of them, in any steps, refunds exactly what was paid.
         */
        long refundFor(long units) {
            return paid * (claimed + units) / quantity - paid * claimed / quantity;
        }
    }

    /**
     * @param items units by order item
     * @param version the order's version after the return's last change
     */
    private record Return(ReturnStatus status, Map<String, Long> items, long refundAmount, long version) {

        Return with(ReturnStatus changed, long at) {
            return new Return(changed, items, refundAmount, at);
        }
    }

    private record Parcel(boolean shipped, boolean delivered) {
    }

    /** Units of a variant held for the order under a reservation. */
    record StockHold(String variantId, String reservationId, long quantity) {
    }

    /** What a cancellation gives back, and the order's version after it. */
    record Cancellation(List<StockHold> reservations, String paymentCollectionId, String paymentId, long version) {
    }

    /**
     * What receiving a return gives back, and the order's version after it.
     *
     * @param restock units of variants to stock again (their reservation id is null)
     * @param refundId null when there is nothing to refund
     */
    record Receipt(List<StockHold> restock, String paymentCollectionId, String paymentId, String refundId,
                   long refundAmount, long version) {
    }

    /** The reserved stock a fulfillment takes, and the order's version after it. */
    record Packed(List<StockHold> taken, long version) {
    }
}
