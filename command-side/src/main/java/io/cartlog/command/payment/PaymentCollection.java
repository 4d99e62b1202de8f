package io.cartlog.command.payment;

import io.cartlog.command.common.IdSource;
import io.cartlog.command.common.Require;
import io.cartlog.command.payment.provider.Authorization;
import io.cartlog.command.payment.provider.PaymentProvider;
import io.cartlog.command.payment.provider.PaymentProviders;
import io.cartlog.command.payment.provider.PaymentSession;
import io.cartlog.events.common.Ids;
import io.cartlog.events.payment.PaymentAuthorizationFailedEvent;
import io.cartlog.events.payment.PaymentAuthorizedEvent;
import io.cartlog.events.payment.PaymentCanceledEvent;
import io.cartlog.events.payment.PaymentCapturedEvent;
import io.cartlog.events.payment.PaymentCollectionAmountChangedEvent;
import io.cartlog.events.payment.PaymentCollectionCreatedEvent;
import io.cartlog.events.payment.PaymentRefundedEvent;
import io.cartlog.events.payment.PaymentSessionCreatedEvent;
import io.cartlog.events.payment.PaymentSessionDeletedEvent;
import io.cartlog.events.payment.PaymentSessionSelectedEvent;
import io.cartlog.events.payment.PaymentSessionUpdatedEvent;
import io.cartlog.platform.web.ApiException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.http.HttpStatus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * A cart's payment collection: its sessions with payment providers and, once authorized, its
 * payment, which is captured once and refunded up to what was captured. Provider calls happen in
 * the command handlers, before any event is applied, so a provider that fails changes nothing;
 * authorization is the exception: its outcome, good or bad, is always recorded.
 */
@Aggregate
public class PaymentCollection {

    @AggregateIdentifier
    private String paymentCollectionId;
    private String cartId;
    private String currencyCode;
    private long amount;
    /** Live sessions by id, oldest first. */
    private final Map<String, Session> sessions = new LinkedHashMap<>();
    private String selectedSessionId;
    private String paymentId;
    private String authorizedSessionId;
    private long authorizedAmount;
    private long capturedAmount;
    private long refundedAmount;
    /** The payment's refunds so far: a refund asked again under its id is not made twice. */
    private final Set<String> refundIds = new HashSet<>();

    protected PaymentCollection() {
    }

    @CommandHandler
    public PaymentCollection(CreatePaymentCollectionCommand command, CartPaymentCollections carts) {
        carts.claim(command.cartId(), command.paymentCollectionId());
        apply(new PaymentCollectionCreatedEvent(command.paymentCollectionId(), command.cartId(), command.currencyCode(),
                command.amount()));
    }

    @CommandHandler
    public long handle(CreatePaymentSessionCommand command, PaymentProviders providers) {
        requireNotAuthorized();
        PaymentProvider provider = providers.get(command.providerId());
        Optional<Session> existing = sessionOf(provider.id());
        if (command.replace()) {
            for (Session session : new ArrayList<>(sessions.values())) {
                providers.get(session.providerId()).delete(input(session));
                apply(new PaymentSessionDeletedEvent(paymentCollectionId, session.id()));
            }
        }
        changeAmount(command.amount());
        if (!command.replace() && existing.isPresent()) {
            Session session = existing.get();
            PaymentSession changed = input(session).withAmount(amount).withData(command.data());
            apply(new PaymentSessionUpdatedEvent(paymentCollectionId, session.id(), amount, provider.update(changed)));
        } else {
            PaymentSession opened = new PaymentSession(paymentCollectionId, command.paymentSessionId(), cartId, amount,
                    currencyCode, command.data());
            apply(new PaymentSessionCreatedEvent(paymentCollectionId, command.paymentSessionId(), provider.id(), amount,
                    currencyCode, provider.initiate(opened)));
        }
        return getVersion();
    }

    @CommandHandler
    public long handle(RefreshPaymentSessionCommand command, PaymentProviders providers) {
        requireNotAuthorized();
        Session session = requireSessionOf(command.providerId());
        changeAmount(command.amount());
        PaymentSession refreshed = input(session).withAmount(amount);
        apply(new PaymentSessionUpdatedEvent(paymentCollectionId, session.id(), amount,
                providers.get(session.providerId()).update(refreshed)));
        return getVersion();
    }

    @CommandHandler
    public long handle(DeletePaymentSessionCommand command, PaymentProviders providers) {
        requireNotAuthorized();
        Session session = requireSessionOf(command.providerId());
        providers.get(session.providerId()).delete(input(session));
        apply(new PaymentSessionDeletedEvent(paymentCollectionId, session.id()));
        return getVersion();
    }

    @CommandHandler
    public long handle(SelectPaymentSessionCommand command) {
        requireNotAuthorized();
        Session session = requireSessionOf(command.providerId());
        if (!session.id().equals(selectedSessionId)) {
            apply(new PaymentSessionSelectedEvent(paymentCollectionId, session.id()));
        }
        return getVersion();
    }

    @CommandHandler
    public PaymentAuthorization handle(AuthorizePaymentCommand command, PaymentProviders providers, IdSource ids) {
        if (paymentId != null) {
            return PaymentAuthorization.of(paymentId, authorizedAmount);
        }
        Session session = sessionToAuthorize().orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST,
                "not_allowed", "payment_required", "The cart has no payment session to authorize"));
        PaymentProvider provider = providers.get(session.providerId());
        changeAmount(command.amount());
        PaymentSession current = input(session);
        if (session.amount() != amount) {
            // Never authorize a stale amount: the provider's payment follows the cart first.
            try {
                current = current.withAmount(amount).withData(provider.update(current.withAmount(amount)));
            } catch (RuntimeException e) {
                String message = "The payment provider could not update the payment to the cart's total: "
                        + e.getMessage();
                apply(new PaymentAuthorizationFailedEvent(paymentCollectionId, cartId, session.id(),
                        Authorization.Outcome.PROVIDER_ERROR.code(), message));
                return PaymentAuthorization.refused(Authorization.Outcome.PROVIDER_ERROR.code(), message);
            }
            apply(new PaymentSessionUpdatedEvent(paymentCollectionId, session.id(), amount, current.data()));
        }
        Authorization authorization = provider.authorize(current);
        record(session, current.amount(), authorization, false, ids);
        return authorization.isAuthorized() ? PaymentAuthorization.of(paymentId, authorizedAmount)
                : PaymentAuthorization.refused(authorization.outcome().code(), authorization.message());
    }

    @CommandHandler
    public long handle(RecordProviderAuthorizationCommand command, IdSource ids) {
        Session session = sessions.get(command.paymentSessionId());
        if (paymentId == null && session != null && session.amount() == command.amount()) {
            record(session, command.amount(), command.authorization(), true, ids);
        }
        return getVersion();
    }

    /** Checkout's compensation: the payment is never captured by then. */
    @CommandHandler
    public long handle(CancelPaymentCommand command, PaymentProviders providers) {
        if (paymentId != null) {
            if (capturedAmount > 0) {
                throw ApiException.notAllowed("Payment '" + paymentId + "' is captured; refund it instead");
            }
            voidPayment(providers);
        }
        return getVersion();
    }

    @CommandHandler
    public long handle(CapturePaymentCommand command, PaymentProviders providers) {
        requireHeld(command.paymentId());
        if (capturedAmount > 0) {
            throw ApiException.notAllowed("Payment '" + paymentId + "' is already captured");
        }
        long amount = command.amount() == null ? authorizedAmount : command.amount();
        if (amount < 1 || amount > authorizedAmount) {
            throw ApiException.invalidData("Invalid request: Field 'amount' must be between 1 and the authorized "
                    + authorizedAmount);
        }
        Session session = sessions.get(authorizedSessionId);
        providers.get(session.providerId()).capture(input(session), amount);
        apply(new PaymentCapturedEvent(paymentCollectionId, cartId, paymentId, Ids.sibling("capt", paymentId), amount));
        return getVersion();
    }

    @CommandHandler
    public long handle(RefundPaymentCommand command, PaymentProviders providers) {
        requireHeld(command.paymentId());
        if (refundIds.contains(command.refundId())) {
            return getVersion();
        }
        if (capturedAmount == 0) {
            throw ApiException.notAllowed("Payment '" + paymentId + "' is not captured; there is nothing to refund");
        }
        long refundable = capturedAmount - refundedAmount;
        if (command.amount() < 1 || command.amount() > refundable) {
            throw ApiException.invalidData("Invalid request: Field 'amount' must be between 1 and the "
                    + refundable + " captured and not refunded yet");
        }
        refund(providers, command.refundId(), command.amount(), Require.maxLength("note", command.note(),
                Require.MAX_TEXT));
        return getVersion();
    }

    @CommandHandler
    public long handle(CancelOrRefundPaymentCommand command, PaymentProviders providers) {
        if (paymentId == null || !paymentId.equals(command.paymentId())) {
            return getVersion();
        }
        if (capturedAmount == 0) {
            voidPayment(providers);
        } else if (capturedAmount > refundedAmount && !refundIds.contains(command.refundId())) {
            refund(providers, command.refundId(), capturedAmount - refundedAmount, command.note());
        }
        return getVersion();
    }

    private void voidPayment(PaymentProviders providers) {
        Session session = sessions.get(authorizedSessionId);
        providers.get(session.providerId()).cancel(input(session));
        apply(new PaymentCanceledEvent(paymentCollectionId, cartId, paymentId));
    }

    private void refund(PaymentProviders providers, String refundId, long amount, String note) {
        if (refundId == null || refundId.isBlank()) {
            throw ApiException.invalidData("Invalid request: a refund needs an id");
        }
        Session session = sessions.get(authorizedSessionId);
        providers.get(session.providerId()).refund(input(session), refundId, amount);
        apply(new PaymentRefundedEvent(paymentCollectionId, cartId, paymentId, refundId, amount, note));
    }

    /** The payment the collection holds now; an earlier one was canceled. */
    private void requireHeld(String requested) {
        if (paymentId == null || !paymentId.equals(requested)) {
            throw ApiException.notAllowed("Payment '" + requested + "' is canceled");
        }
    }

    private void record(Session session, long authorizedAmount, Authorization authorization,
                        boolean reportedByProvider, IdSource ids) {
        if (authorization.isAuthorized()) {
            apply(new PaymentAuthorizedEvent(paymentCollectionId, cartId, ids.next("pay"), session.id(),
                    session.providerId(), authorizedAmount, currencyCode, reportedByProvider));
        } else {
            apply(new PaymentAuthorizationFailedEvent(paymentCollectionId, cartId, session.id(),
                    authorization.outcome().code(), authorization.message()));
        }
    }

    private void changeAmount(long cartTotal) {
        if (cartTotal < 0) {
            throw ApiException.invalidData("Invalid request: the amount must not be negative");
        }
        if (cartTotal != amount) {
            apply(new PaymentCollectionAmountChangedEvent(paymentCollectionId, cartTotal));
        }
    }

    /** The selected session (Medusa v1), else the newest one (Medusa v2 keeps just one). */
    private Optional<Session> sessionToAuthorize() {
        if (selectedSessionId != null && sessions.containsKey(selectedSessionId)) {
            return Optional.of(sessions.get(selectedSessionId));
        }
        return sessions.values().stream().reduce((first, second) -> second);
    }

    private Optional<Session> sessionOf(String providerId) {
        return sessions.values().stream().filter(session -> session.providerId().equals(providerId)).findFirst();
    }

    private Session requireSessionOf(String providerId) {
        if (providerId == null || providerId.isBlank()) {
            throw ApiException.invalidData("Invalid request: Field 'provider_id' is required");
        }
        return sessionOf(providerId).orElseThrow(() -> ApiException.notFound("payment_session_not_found",
                "The cart has no payment session with provider '" + providerId + "'"));
    }

    private void requireNotAuthorized() {
        if (paymentId != null) {
            throw ApiException.notAllowed("The payment is already authorized; its sessions cannot change");
        }
    }

    private PaymentSession input(Session session) {
        return new PaymentSession(paymentCollectionId, session.id(), cartId, session.amount(), currencyCode,
                session.data());
    }

    @EventSourcingHandler
    void on(PaymentCollectionCreatedEvent event) {
        paymentCollectionId = event.paymentCollectionId();
        cartId = event.cartId();
        currencyCode = event.currencyCode();
        amount = event.amount();
    }

    @EventSourcingHandler
    void on(PaymentCollectionAmountChangedEvent event) {
        amount = event.amount();
    }

    @EventSourcingHandler
    void on(PaymentSessionCreatedEvent event) {
        sessions.put(event.paymentSessionId(),
                new Session(event.paymentSessionId(), event.providerId(), event.amount(), event.data()));
    }

    @EventSourcingHandler
    void on(PaymentSessionUpdatedEvent event) {
        sessions.computeIfPresent(event.paymentSessionId(),
                (id, session) -> new Session(id, session.providerId(), event.amount(), event.data()));
    }

    @EventSourcingHandler
    void on(PaymentSessionDeletedEvent event) {
        sessions.remove(event.paymentSessionId());
        if (event.paymentSessionId().equals(selectedSessionId)) {
            selectedSessionId = null;
        }
    }

    @EventSourcingHandler
    void on(PaymentSessionSelectedEvent event) {
        selectedSessionId = event.paymentSessionId();
    }

    @EventSourcingHandler
    void on(PaymentAuthorizedEvent event) {
        paymentId = event.paymentId();
        authorizedAmount = event.amount();
        authorizedSessionId = event.paymentSessionId();
    }

    @EventSourcingHandler
    void on(PaymentCanceledEvent event) {
        // The canceled session cannot be authorized again: checkout starts over with a new session.
        sessions.remove(authorizedSessionId);
        paymentId = null;
        authorizedSessionId = null;
    }

    @EventSourcingHandler
    void on(PaymentCapturedEvent event) {
        capturedAmount = event.amount();
    }

    @EventSourcingHandler
    void on(PaymentRefundedEvent event) {
        refundedAmount += event.amount();
        refundIds.add(event.refundId());
    }

    private record Session(String id, String providerId, long amount, Map<String, Object> data) {
    }
}
