package io.cartlog.command.order;

import io.cartlog.command.inventory.ReleaseStockReservationCommand;
import io.cartlog.command.payment.CancelOrRefundPaymentCommand;
import io.cartlog.events.common.Ids;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.Comparator;

/**
 * Cancels an order together with what it holds elsewhere: the order decides, then every stock
 * reservation is released (in variant order, as checkout reserves, so the two never wait on each
 * other in turn) and the payment voided or refunded. The commands run nested in this command's
 * unit of work, so all of it commits in one transaction or, when the payment provider fails,
 * none of it. Each step is idempotent: a release of a released reservation changes nothing, and
 * the refund's id is derived from the order, so a retry after a crash refunds once.
 */
@Component
class OrderCancellation {

    private final Repository<Order> orders;
    private final CommandGateway commands;

    OrderCancellation(Repository<Order> orders, CommandGateway commands) {
        this.orders = orders;
        this.commands = commands;
    }

    /** The versions the cancellation left the order and its payment collection at. */
    public record Canceled(long orderVersion, String paymentCollectionId, long paymentCollectionVersion) {
    }

    @CommandHandler
    Canceled handle(CancelOrderCommand command) {
        Order.Cancellation cancellation = orders.load(command.orderId(), command.expectedVersion()).invoke(Order::cancel);
        cancellation.reservations().stream()
                .sorted(Comparator.comparing(Order.StockHold::variantId))
                .forEach(hold -> commands.sendAndWait(
                        new ReleaseStockReservationCommand(hold.variantId(), hold.reservationId())));
        long paymentVersion = commands.sendAndWait(new CancelOrRefundPaymentCommand(
                cancellation.paymentCollectionId(), cancellation.paymentId(),
                Ids.derived("ref", command.orderId(), "canceled"), "Order canceled"));
        return new Canceled(cancellation.version(), cancellation.paymentCollectionId(), paymentVersion);
    }
}
