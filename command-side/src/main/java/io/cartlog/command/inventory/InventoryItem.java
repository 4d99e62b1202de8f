package io.cartlog.command.inventory;

import io.cartlog.command.common.Require;
import io.cartlog.events.inventory.InventoryStockedQuantitySetEvent;
import io.cartlog.events.inventory.ReservedStockConsumedEvent;
import io.cartlog.events.inventory.StockReservationReleasedEvent;
import io.cartlog.events.inventory.StockReservedEvent;
import io.cartlog.events.inventory.StockReturnedEvent;
import io.cartlog.platform.web.ApiException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.http.HttpStatus;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The stock of one variant and the reservations held against it, one consistency boundary: the
 * units reserved never exceed the units stocked when a reservation is made, so stock cannot be
 * oversold. Identified by the variant id: there is one, default, stock location for now (stock
 * per location would make the location part of the identity, or of this item's state).
 * <p>
 * An item exists for every variant whose inventory the catalog manages ({@link InventorySync});
 * a variant without one is not stock-tracked, and reserving it is refused as
 * {@code insufficient_inventory}: the checkout reserves managed variants only, so a reservation
 * that reaches an unknown item means the catalog and the checkout disagree, and refusing is the
 * side that cannot oversell.
 * <p>
 * Concurrency: commands on one item are serialized by Axon's per-aggregate lock within a
 * process and by the event store's unique (aggregate, sequence) key across processes, so two
 * reservations never both see the same last unit; see {@code docs/decisions/inventory.md}.
 */
@Aggregate
public class InventoryItem {

    @AggregateIdentifier
    private String variantId;
    private long stockedQuantity;
    /** The catalog's last figure: fulfillments consume stock below it until the catalog states a new one. */
    private long catalogQuantity;
    private long reservedQuantity;
    private final Map<String, Reservation> reservations = new HashMap<>();
    private final Set<String> returnsStocked = new HashSet<>();

    protected InventoryItem() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetStockedQuantityCommand command) {
        long quantity = Require.nonNegative("stocked_quantity", command.stockedQuantity());
        if (variantId == null || quantity != catalogQuantity) {
            apply(new InventoryStockedQuantitySetEvent(command.variantId(), quantity));
        }
    }

    /**
     * Created-if-missing only to answer for a variant without an item: the refusal rolls the
     * empty item back, so nothing is stored.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReserveStockCommand command) {
        String reservationId = command.reservationId();
        if (reservationId == null || reservationId.isBlank()) {
            throw ApiException.invalidData("Invalid request: Field 'reservation_id' is required");
        }
        if (command.quantity() < 1) {
            throw ApiException.invalidData("Invalid request: Field 'quantity' must be at least 1");
        }
        if (variantId == null) {
            throw insufficient(command.variantId(), command.quantity(), 0, " (its stock is not managed)");
        }
        Reservation held = reservations.get(reservationId);
        if (held != null) {
            if (held.quantity() != command.quantity() || !Objects.equals(held.cartId(), command.cartId())) {
                throw ApiException.conflict("reservation_conflict", "Reservation '" + reservationId + "' of variant '"
                        + variantId + "' already holds " + held.quantity() + " for cart '" + held.cartId()
                        + "'; release it before reserving under the same id again");
            }
            return;
        }
        long available = available();
        if (command.quantity() > available) {
            throw insufficient(variantId, command.quantity(), available, "");
        }
        apply(new StockReservedEvent(variantId, reservationId, command.cartId(), command.quantity()));
    }

    /** Created-if-missing so that releasing on a variant without an item succeeds; nothing is stored. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReleaseStockReservationCommand command) {
        Reservation held = command.reservationId() == null ? null : reservations.get(command.reservationId());
        if (held != null) {
            apply(new StockReservationReleasedEvent(variantId, command.reservationId(), held.quantity()));
        }
    }

    /** Created-if-missing so that consuming on a variant without an item succeeds; nothing is stored. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ConsumeReservedStockCommand command) {
        Reservation held = command.reservationId() == null ? null : reservations.get(command.reservationId());
        if (held != null && !held.consumedBy().contains(command.fulfillmentId())) {
            apply(new ReservedStockConsumedEvent(variantId, command.reservationId(), command.fulfillmentId(),
                    Math.min(held.quantity(), command.quantity())));
        }
    }

    /** Created-if-missing so that a return of a variant without an item succeeds; nothing is stored. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReturnStockCommand command) {
        if (variantId != null && command.quantity() > 0 && !returnsStocked.contains(command.returnId())) {
            apply(new StockReturnedEvent(variantId, command.returnId(), command.quantity()));
        }
    }

    /** Stocked less reserved; never negative, though stock set below what is reserved leaves nothing to reserve. */
    private long available() {
        return Math.max(0, stockedQuantity - reservedQuantity);
    }

    private static ApiException insufficient(String variantId, long requested, long available, String why) {
        return new ApiException(HttpStatus.CONFLICT, "not_allowed", "insufficient_inventory",
                "Variant with id '" + variantId + "' does not have the required inventory: " + requested
                        + " requested, " + available + " available" + why);
    }

    @EventSourcingHandler
    void on(InventoryStockedQuantitySetEvent event) {
        variantId = event.variantId();
        stockedQuantity = event.stockedQuantity();
        catalogQuantity = event.stockedQuantity();
    }

    @EventSourcingHandler
    void on(StockReservedEvent event) {
        reservations.put(event.reservationId(), new Reservation(event.cartId(), event.quantity(), Set.of()));
        reservedQuantity += event.quantity();
    }

    /** A reservation consumed in full is gone; one consumed in part holds the rest. */
    @EventSourcingHandler
    void on(ReservedStockConsumedEvent event) {
        Reservation held = reservations.get(event.reservationId());
        long left = held.quantity() - event.quantity();
        if (left == 0) {
            reservations.remove(event.reservationId());
        } else {
            Set<String> consumedBy = new HashSet<>(held.consumedBy());
            consumedBy.add(event.fulfillmentId());
            reservations.put(event.reservationId(), new Reservation(held.cartId(), left, consumedBy));
        }
        reservedQuantity -= event.quantity();
        stockedQuantity = Math.max(0, stockedQuantity - event.quantity());
    }

    @EventSourcingHandler
    void on(StockReservationReleasedEvent event) {
        reservations.remove(event.reservationId());
        reservedQuantity -= event.quantity();
    }

    @EventSourcingHandler
    void on(StockReturnedEvent event) {
        returnsStocked.add(event.returnId());
        stockedQuantity += event.quantity();
    }

    /** @param consumedBy the fulfillments that took units of it so far */
    private record Reservation(String cartId, long quantity, Set<String> consumedBy) {
    }
}
