package io.cartlog.command.order;

import io.cartlog.events.order.OrderPlacedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An order, placed once per checkout: its id is derived from the checkout's, so a retry cannot place a second. */
@Aggregate
public class Order {

    @AggregateIdentifier
    private String orderId;

    protected Order() {
    }

    @CommandHandler
    Order(PlaceOrderCommand command, OrderNumbers numbers) {
        apply(new OrderPlacedEvent(command.orderId(), numbers.next(), command.cartId(), command.checkoutId(),
                command.cart(), command.paymentCollectionId(), command.paymentId()));
    }

    @EventSourcingHandler
    void on(OrderPlacedEvent event) {
        orderId = event.orderId();
    }
}
