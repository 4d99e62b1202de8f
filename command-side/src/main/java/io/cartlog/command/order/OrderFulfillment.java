package io.cartlog.command.order;

import io.cartlog.command.inventory.ConsumeReservedStockCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.Comparator;

/**
 * Creates a fulfillment and takes its units off the shelf: the order decides what is packed, then
 * the reservations its items hold are consumed (in variant order, as checkout reserves), nested
 * in this command's unit of work so the order and its stock change in one transaction.
 * Consumption is once per fulfillment and reservation, so a retry takes nothing twice.
 */
@Component
class OrderFulfillment {

    private final Repository<Order> orders;
    private final CommandGateway commands;

    OrderFulfillment(Repository<Order> orders, CommandGateway commands) {
        this.orders = orders;
        this.commands = commands;
    }

    @CommandHandler
    long handle(CreateFulfillmentCommand command) {
        Order.Packed packed = orders.load(command.orderId(), command.expectedVersion())
                .invoke(order -> order.fulfil(command.fulfillmentId(), command.items()));
        packed.taken().stream()
                .sorted(Comparator.comparing(Order.StockHold::variantId))
                .forEach(hold -> commands.sendAndWait(new ConsumeReservedStockCommand(hold.variantId(),
                        hold.reservationId(), command.fulfillmentId(), hold.quantity())));
        return packed.version();
    }
}
