package io.cartlog.command.checkout;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.cartlog.command.cart.CompleteCartCommand;
import io.cartlog.command.cart.FailCartCompletionCommand;
import io.cartlog.command.inventory.ReleaseStockReservationCommand;
import io.cartlog.command.inventory.ReserveStockCommand;
import io.cartlog.command.order.PlaceOrderCommand;
import io.cartlog.command.payment.AuthorizePaymentCommand;
import io.cartlog.command.payment.CancelPaymentCommand;
import io.cartlog.events.cart.CartCompletedEvent;
import io.cartlog.events.cart.CartCompletionFailedEvent;
import io.cartlog.events.cart.CartCompletionStartedEvent;
import io.cartlog.events.cart.CartLineItem;
import io.cartlog.events.cart.CheckoutCart;
import io.cartlog.events.common.Ids;
import io.cartlog.events.order.OrderPlacedEvent;
import io.cartlog.events.payment.PaymentAuthorizationFailedEvent;
import io.cartlog.events.payment.PaymentAuthorizedEvent;
import io.cartlog.platform.web.ApiException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

/**
 * One checkout attempt: authorize the payment, reserve stock for every inventory-managed line,
 * place the order, close the cart; on any failure undo what was done and reopen the cart.
 * <p>
 * Commands go through the simple command bus inside this saga's unit of work, so their events,
 * the saga's state and the processor's token commit in one transaction: a crash in between
 * replays the step whole. The one effect outside the database, the payment provider's call, is
 * made idempotent by the provider's idempotency key. Business refusals (stock, payment) come back
 * as events or as exceptions thrown before anything changed, and lead to compensation.
 */
@Saga
// Stored as JSON by the saga store: its state is its fields.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
public class CheckoutSaga {

    private transient CommandGateway commands;

    private String cartId;
    private String checkoutId;
    private String paymentCollectionId;
    private CheckoutCart cart;
    private String paymentId;
    private final List<Reservation> reservations = new ArrayList<>();

    @Autowired
    void setCommands(CommandGateway commands) {
        this.commands = commands;
    }

    @StartSaga
    @SagaEventHandler(associationProperty = "checkoutId")
    void on(CartCompletionStartedEvent event) {
        cartId = event.cartId();
        checkoutId = event.checkoutId();
        paymentCollectionId = event.paymentCollectionId();
        cart = event.cart();
        SagaLifecycle.associateWith("paymentCollectionId", paymentCollectionId);
        commands.sendAndWait(new AuthorizePaymentCommand(paymentCollectionId, cart.totals().total()));
    }

    @SagaEventHandler(associationProperty = "paymentCollectionId")
    void on(PaymentAuthorizedEvent event) {
        if (paymentId != null) {
            return;
        }
        paymentId = event.paymentId();
        for (CartLineItem item : cart.items()) {
            if (!cart.inventoryManagedVariantIds().contains(item.variantId())) {
                continue;
            }
            Reservation reservation = new Reservation(item.variantId(), Ids.derived("resitem", checkoutId, item.lineItemId()));
            try {
                commands.sendAndWait(new ReserveStockCommand(reservation.variantId(), reservation.reservationId(),
                        cartId, item.quantity()));
            } catch (ApiException refused) {
                compensate(refused.code(), refused.getMessage());
                return;
            }
            reservations.add(reservation);
        }
        commands.sendAndWait(new PlaceOrderCommand(Ids.derived("order", checkoutId), cartId, checkoutId, cart,
                paymentCollectionId, paymentId));
    }

    @SagaEventHandler(associationProperty = "paymentCollectionId")
    void on(PaymentAuthorizationFailedEvent event) {
        if (paymentId == null) {
            commands.sendAndWait(new FailCartCompletionCommand(cartId, checkoutId, event.code(), event.message()));
        }
    }

    @SagaEventHandler(associationProperty = "checkoutId")
    void on(OrderPlacedEvent event) {
        commands.sendAndWait(new CompleteCartCommand(cartId, checkoutId, event.orderId()));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "checkoutId")
    void on(CartCompletedEvent event) {
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "checkoutId")
    void on(CartCompletionFailedEvent event) {
    }

    private void compensate(String code, String message) {
        reservations.forEach(reservation -> commands.sendAndWait(
                new ReleaseStockReservationCommand(reservation.variantId(), reservation.reservationId())));
        commands.sendAndWait(new CancelPaymentCommand(paymentCollectionId));
        commands.sendAndWait(new FailCartCompletionCommand(cartId, checkoutId, code, message));
    }

    record Reservation(String variantId, String reservationId) {
    }
}
