package io.cartlog.command.checkout;

import io.cartlog.command.cart.StartCartCompletionCommand;
import io.cartlog.events.common.Ids;
import io.cartlog.events.payment.PaymentAuthorizedEvent;
import io.cartlog.platform.readmodel.ReadModelQueries;
import io.cartlog.platform.web.ApiException;
import io.cartlog.queries.cart.CartView;
import io.cartlog.queries.cart.FindCartQuery;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Completes the cart whose payment the provider authorized on its own (Stripe's
 * {@code payment_intent.succeeded}) when the shopper never came back to complete it: the paid
 * order is placed anyway. The attempt's idempotency key is the payment's, so the shopper coming
 * back later gets the same order. A cart whose own checkout is under way or done refuses the start.
 */
@Component
@ProcessingGroup(PaidCartCompletion.GROUP)
@DisallowReplay
class PaidCartCompletion {

    static final String GROUP = "paid-cart-completion";
    private static final Logger log = LoggerFactory.getLogger(PaidCartCompletion.class);

    private final CommandGateway commands;
    private final ReadModelQueries queries;
    private final Checkouts checkouts;

    PaidCartCompletion(CommandGateway commands, ReadModelQueries queries, Checkouts checkouts) {
        this.commands = commands;
        this.queries = queries;
        this.checkouts = checkouts;
    }

    @EventHandler
    void on(PaymentAuthorizedEvent event) {
        if (Boolean.FALSE.equals(event.reportedByProvider())) {
            return; // a checkout asked for it and completes the cart itself
        }
        boolean open = queries.find(new FindCartQuery(event.cartId()), CartView.class)
                .map(cart -> cart.completedAt() == null)
                .orElse(false);
        if (!open) {
            return;
        }
        try {
            Checkouts.Ready ready = checkouts.prepare(event.cartId());
            if (ready.paymentCollectionId().equals(event.paymentCollectionId())) {
                commands.sendAndWait(new StartCartCompletionCommand(event.cartId(), ready.version(), Ids.next("chk"),
                        "payment:" + event.paymentId(), ready.paymentCollectionId(), ready.cart()));
            }
        } catch (ApiException | ConcurrencyException notNow) {
            // Not ready to ship (no address, no method), or the shopper's own checkout holds the cart:
            // the payment stays authorized for the shopper's completion.
            log.info("Paid cart {} not completed from its payment: {}", event.cartId(), notNow.getMessage());
        }
    }
}
