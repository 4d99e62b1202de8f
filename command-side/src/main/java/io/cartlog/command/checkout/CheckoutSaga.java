package io.cartlog.command.checkout;

import io.cartlog.command.cart.CompleteCartCommand;
import io.cartlog.command.cart.FailCartCompletionCommand;
import io.cartlog.command.inventory.ReleaseStockReservationCommand;
import io.cartlog.command.inventory.ReserveStockCommand;
import io.cartlog.command.order.PlaceOrderCommand;
import io.cartlog.command.payment.AuthorizePaymentCommand;
import io.cartlog.command.payment.CancelPaymentCommand;
import io.cartlog.command.payment.PaymentAuthorization;
import io.cartlog.events.cart.CartCompletionStartedEvent;
import io.cartlog.events.cart.CartLineItem;
import io.cartlog.events.cart.CheckoutCart;
import io.cartlog.events.common.Ids;
import io.cartlog.events.order.OrderIds;
import io.cartlog.platform.web.ApiException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One checkout attempt: authorize the payment, reserve stock for every inventory-managed line,
 * place the order and close the cart; on a refusal, undo what was done and reopen the cart with
 * the error the shopper sees.
 * <p>
 * The steps are commands on the simple command bus inside this saga's unit of work: their events
 * and the processor's token commit in one transaction, so a crash in between
 * replays the attempt whole from its start event, and the only effect outside the database, the
 * payment provider's, is made idempotent by the provider's idempotency key. Refusals are thrown
 * before a command changes anything, so catching them leaves the transaction sound.
 */
@Saga
public class CheckoutSaga {

    private CommandGateway commands;

    private String cartId;
    private String checkoutId;

    @Autowired
    void setCommands(CommandGateway commands) {
        this.commands = commands;
    }

    /** The whole attempt; the saga ends with it, so it is never stored (Axon stores only sagas still active). */
    @StartSaga
    @SagaEventHandler(associationProperty = "checkoutId")
    void on(CartCompletionStartedEvent event) {
        cartId = event.cartId();
        checkoutId = event.checkoutId();
        try {
            checkOut(event);
        } finally {
            SagaLifecycle.end();
        }
    }

    private void checkOut(CartCompletionStartedEvent event) {
        CheckoutCart cart = event.cart();
        PaymentAuthorization payment = authorize(event.paymentCollectionId(), cart.totals().total());
        if (!payment.authorized()) {
            fail(payment.code(), payment.message());
            return;
        }
        if (payment.amount() != cart.totals().total()) {
            // Authorized earlier (by the provider's webhook) for a cart that has changed since.
            commands.sendAndWait(new CancelPaymentCommand(event.paymentCollectionId()));
            fail("payment_required", "The cart changed after its payment was authorized; start a new payment session");
            return;
        }
        Optional<ApiException> refused = reserveStock(cart);
        if (refused.isPresent()) {
            commands.sendAndWait(new CancelPaymentCommand(event.paymentCollectionId()));
            fail(refused.get().code(), refused.get().getMessage());
            return;
        }
        String orderId = Ids.sibling("order", checkoutId);
        commands.sendAndWait(new PlaceOrderCommand(orderId, cartId, checkoutId, cart, event.paymentCollectionId(),
                payment.paymentId()));
        commands.sendAndWait(new CompleteCartCommand(cartId, checkoutId, orderId));
    }

    /** The payment's outcome; a collection with nothing left to authorize is a refusal, not an error. */
    private PaymentAuthorization authorize(String paymentCollectionId, long total) {
        try {
            return commands.sendAndWait(new AuthorizePaymentCommand(paymentCollectionId, total));
        } catch (ApiException refused) {
            return PaymentAuthorization.refused(refused.code(), refused.getMessage());
        }
    }

    /**
     * Reserves every inventory-managed line, in variant order for every checkout so two never wait
     * on each other's stock in turn; on a refusal, releases what it had reserved.
     */
    private Optional<ApiException> reserveStock(CheckoutCart cart) {
        List<ReleaseStockReservationCommand> reserved = new ArrayList<>();
        List<CartLineItem> lines = cart.items().stream()
                .filter(item -> cart.inventoryManagedVariantIds().contains(item.variantId()))
                .sorted(Comparator.comparing(CartLineItem::variantId))
                .toList();
        for (CartLineItem item : lines) {
            String reservationId = OrderIds.reservation(checkoutId, item.lineItemId());
            try {
                commands.sendAndWait(new ReserveStockCommand(item.variantId(), reservationId, cartId, item.quantity()));
            } catch (ApiException refused) {
                reserved.forEach(commands::sendAndWait);
                return Optional.of(refused);
            }
            reserved.add(new ReleaseStockReservationCommand(item.variantId(), reservationId));
        }
        return Optional.empty();
    }

    private void fail(String code, String message) {
        commands.sendAndWait(new FailCartCompletionCommand(cartId, checkoutId, code, message));
    }
}
