package io.cartlog.query.payment;

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
import io.cartlog.queries.payment.PaymentCollectionView;
import io.cartlog.queries.payment.PaymentCollectionView.PaymentSessionView;
import io.cartlog.queries.payment.PaymentView;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The changes payment events make to a collection's view; each returns the view at the event's version. */
final class PaymentCollectionChanges {

    /** A failed authorization's code as the session's status, in Medusa's words. */
    private static final Map<String, String> FAILED_STATUS = Map.of("payment_requires_action", "requires_more",
            "payment_declined", "error", "payment_provider_error", "error");

    private PaymentCollectionChanges() {
    }

    /**
     * The collection after {@code event} ({@code c} is null before its creation): the view applies
     * it as events arrive, time travel folds a collection's history with it.
     */
    static PaymentCollectionView apply(PaymentCollectionView c, Object event, long version, Instant at) {
        if (event instanceof PaymentCollectionCreatedEvent e) {
            return created(e.paymentCollectionId(), e.cartId(), e.currencyCode(), e.amount(), at);
        } else if (event instanceof PaymentCollectionAmountChangedEvent e) {
            return amount(c, e.amount(), version, at);
        } else if (event instanceof PaymentSessionCreatedEvent e) {
            return sessionAdded(c, e.paymentSessionId(), e.providerId(), e.amount(), e.currencyCode(), e.data(),
                    version, at);
        } else if (event instanceof PaymentSessionUpdatedEvent e) {
            return sessionChanged(c, e.paymentSessionId(), s -> session(s, e.amount(), e.data(), at), version, at);
        } else if (event instanceof PaymentSessionDeletedEvent e) {
            return sessionRemoved(c, e.paymentSessionId(), version, at);
        } else if (event instanceof PaymentSessionSelectedEvent e) {
            return selected(c, e.paymentSessionId(), version, at);
        } else if (event instanceof PaymentAuthorizedEvent e) {
            return authorized(c, e, version, at);
        } else if (event instanceof PaymentAuthorizationFailedEvent e) {
            return sessionChanged(c, e.paymentSessionId(),
                    s -> status(s, FAILED_STATUS.getOrDefault(e.code(), "error"), null, at), version, at);
        } else if (event instanceof PaymentCanceledEvent) {
            return canceled(c, version, at);
        } else if (event instanceof PaymentCapturedEvent e) {
            return captured(c, e, version, at);
        } else if (event instanceof PaymentRefundedEvent e) {
            return refunded(c, e, version, at);
        }
        return c;
    }

    static PaymentCollectionView created(String id, String cartId, String currencyCode, long amount, Instant at) {
        Instant when = millis(at);
        return new PaymentCollectionView(id, cartId, currencyCode, amount, 0, 0, 0, "not_paid", List.of(), null, null,
                List.of(), when, when, 0);
    }

    static PaymentCollectionView amount(PaymentCollectionView c, long amount, long version, Instant at) {
        return new PaymentCollectionView(c.id(), c.cartId(), c.currencyCode(), amount, c.authorizedAmount(),
                c.capturedAmount(), c.refundedAmount(), c.status(), c.paymentSessions(), c.selectedSessionId(),
                c.paymentId(), c.payments(), c.createdAt(), millis(at), version);
    }

    static PaymentCollectionView sessionAdded(PaymentCollectionView c, String sessionId, String providerId, long amount,
                                              String currencyCode, Map<String, Object> data, long version, Instant at) {
        List<PaymentSessionView> sessions = new ArrayList<>(c.paymentSessions());
        sessions.add(new PaymentSessionView(sessionId, c.id(), providerId, currencyCode, amount, "pending", data, null,
                millis(at), millis(at)));
        return withSessions(c, sessions, c.selectedSessionId(), version, at);
    }

    static PaymentCollectionView sessionChanged(PaymentCollectionView c, String sessionId,
                                                UnaryOperator<PaymentSessionView> change, long version, Instant at) {
        return withSessions(c, c.paymentSessions().stream()
                .map(session -> session.id().equals(sessionId) ? change.apply(session) : session).toList(),
                c.selectedSessionId(), version, at);
    }

    static PaymentCollectionView sessionRemoved(PaymentCollectionView c, String sessionId, long version, Instant at) {
        return withSessions(c, c.paymentSessions().stream().filter(session -> !session.id().equals(sessionId)).toList(),
                sessionId.equals(c.selectedSessionId()) ? null : c.selectedSessionId(), version, at);
    }

    static PaymentCollectionView selected(PaymentCollectionView c, String sessionId, long version, Instant at) {
        return withSessions(c, c.paymentSessions(), sessionId, version, at);
    }

    /** The session authorized, and the payment it became. */
    static PaymentCollectionView authorized(PaymentCollectionView c, PaymentAuthorizedEvent event, long version,
                                            Instant at) {
        PaymentCollectionView session = sessionChanged(c, event.paymentSessionId(),
                s -> status(s, "authorized", at, at), version, at);
        List<PaymentView> payments = new ArrayList<>(c.payments());
        payments.add(new PaymentView(event.paymentId(), c.id(), event.paymentSessionId(), event.providerId(),
                event.currencyCode(), event.amount(), List.of(), List.of(), null, null, millis(at), millis(at)));
        return payments(session, "authorized", event.paymentId(), event.amount(), 0, 0, payments, version, at);
    }

    /** The authorized session and its payment voided: nothing is held any more. */
    static PaymentCollectionView canceled(PaymentCollectionView c, long version, Instant at) {
        PaymentCollectionView voided = c.paymentSessions().stream()
                .filter(s -> "authorized".equals(s.status()))
                .map(s -> sessionChanged(c, s.id(), authorized -> status(authorized, "canceled", null, at), version, at))
                .findFirst().orElse(c);
        return payments(voided, "canceled", null, 0, 0, 0, changed(c.payments(), c.paymentId(),
                p -> payment(p, p.captures(), p.refunds(), p.capturedAt(), millis(at), at)), version, at);
    }

    /** Captured in full or in part, as Medusa's statuses {@code completed} and {@code partially_captured} say. */
    static PaymentCollectionView captured(PaymentCollectionView c, PaymentCapturedEvent event, long version,
                                          Instant at) {
        long captured = c.capturedAmount() + event.amount();
        return payments(c, captured >= c.amount() ? "completed" : "partially_captured", c.paymentId(),
                c.authorizedAmount(), captured, c.refundedAmount(), changed(c.payments(), event.paymentId(), p -> {
                    List<PaymentView.CaptureView> captures = new ArrayList<>(p.captures());
                    captures.add(new PaymentView.CaptureView(event.captureId(), event.amount(), millis(at)));
                    return payment(p, captures, p.refunds(), millis(at), p.canceledAt(), at);
                }), version, at);
    }

    static PaymentCollectionView refunded(PaymentCollectionView c, PaymentRefundedEvent event, long version,
                                          Instant at) {
        return payments(c, c.status(), c.paymentId(), c.authorizedAmount(), c.capturedAmount(),
                c.refundedAmount() + event.amount(), changed(c.payments(), event.paymentId(), p -> {
                    List<PaymentView.RefundView> refunds = new ArrayList<>(p.refunds());
                    refunds.add(new PaymentView.RefundView(event.refundId(), event.amount(), event.note(), millis(at)));
                    return payment(p, p.captures(), refunds, p.capturedAt(), p.canceledAt(), at);
                }), version, at);
    }

    static PaymentSessionView session(PaymentSessionView s, long amount, Map<String, Object> data, Instant at) {
        return new PaymentSessionView(s.id(), s.paymentCollectionId(), s.providerId(), s.currencyCode(), amount,
                s.status(), data, s.authorizedAt(), s.createdAt(), millis(at));
    }

    static PaymentSessionView status(PaymentSessionView s, String status, Instant authorizedAt, Instant at) {
        return new PaymentSessionView(s.id(), s.paymentCollectionId(), s.providerId(), s.currencyCode(), s.amount(),
                status, s.data(), authorizedAt == null ? s.authorizedAt() : millis(authorizedAt), s.createdAt(),
                millis(at));
    }

    private static PaymentView payment(PaymentView p, List<PaymentView.CaptureView> captures,
                                       List<PaymentView.RefundView> refunds, Instant capturedAt, Instant canceledAt,
                                       Instant at) {
        return new PaymentView(p.id(), p.paymentCollectionId(), p.paymentSessionId(), p.providerId(), p.currencyCode(),
                p.amount(), List.copyOf(captures), List.copyOf(refunds), capturedAt, canceledAt, p.createdAt(),
                millis(at));
    }

    private static List<PaymentView> changed(List<PaymentView> payments, String paymentId,
                                             UnaryOperator<PaymentView> change) {
        return payments.stream().map(p -> p.id().equals(paymentId) ? change.apply(p) : p).toList();
    }

    private static PaymentCollectionView withSessions(PaymentCollectionView c, List<PaymentSessionView> sessions,
                                                      String selectedSessionId, long version, Instant at) {
        return new PaymentCollectionView(c.id(), c.cartId(), c.currencyCode(), c.amount(), c.authorizedAmount(),
                c.capturedAmount(), c.refundedAmount(), c.status(), List.copyOf(sessions), selectedSessionId,
                c.paymentId(), c.payments(), c.createdAt(), millis(at), version);
    }

    private static PaymentCollectionView payments(PaymentCollectionView c, String status, String paymentId,
                                                  long authorized, long captured, long refunded,
                                                  List<PaymentView> payments, long version, Instant at) {
        return new PaymentCollectionView(c.id(), c.cartId(), c.currencyCode(), c.amount(), authorized, captured,
                refunded, status, c.paymentSessions(), c.selectedSessionId(), paymentId, List.copyOf(payments),
                c.createdAt(), millis(at), version);
    }

    private static Instant millis(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }
}
