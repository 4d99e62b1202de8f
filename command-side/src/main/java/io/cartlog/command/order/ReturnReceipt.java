package io.cartlog.command.order;

import io.cartlog.command.inventory.ReturnStockCommand;
import io.cartlog.command.payment.RefundPaymentCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.Comparator;

/**
 * Receives a return with what it means elsewhere: the order records the receipt, the returned
 * units are stocked again (in variant order, as checkout reserves) and the return's amount is
 * refunded through the payment provider. The commands run nested in this command's unit of work,
 * so all of it commits in one transaction or, when the provider refuses the refund, none of it.
 * The refund's id is derived from the return, so a retry after a crash refunds once.
 */
@Component
class ReturnReceipt {

    private final Repository<Order> orders;
    private final CommandGateway commands;

    ReturnReceipt(Repository<Order> orders, CommandGateway commands) {
        this.orders = orders;
        this.commands = commands;
    }

    /** The versions the receipt left the order and, when it refunded, its payment collection at. */
    public record Received(long orderVersion, String paymentCollectionId, Long paymentCollectionVersion) {
    }

    @CommandHandler
    Received handle(ReceiveReturnCommand command) {
        Order.Receipt receipt = orders.load(command.orderId()).invoke(order -> order.receiveReturn(command.returnId()));
        receipt.restock().stream()
                .sorted(Comparator.comparing(Order.StockHold::variantId))
                .forEach(units -> commands.sendAndWait(
                        new ReturnStockCommand(units.variantId(), command.returnId(), units.quantity())));
        if (receipt.refundId() == null) {
            return new Received(receipt.version(), receipt.paymentCollectionId(), null);
        }
        long paymentVersion = commands.sendAndWait(new RefundPaymentCommand(receipt.paymentCollectionId(), null,
                receipt.paymentId(), receipt.refundId(), receipt.refundAmount(), "Return " + command.returnId()));
        return new Received(receipt.version(), receipt.paymentCollectionId(), paymentVersion);
    }
}
