package io.cartlog.query.payment;

import io.cartlog.queries.payment.PaymentCollectionView;
import io.cartlog.queries.payment.PaymentCollectionView.PaymentSessionView;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The changes payment events make to a collection's view; each returns the view at the event's version. */
final class PaymentCollectionChanges {

    private PaymentCollectionChanges() {
    }

    static PaymentCollectionView created(String id, String cartId, String currencyCode, long amount, Instant at) {
        Instant when = millis(at);
        return new PaymentCollectionView(id, cartId, currencyCode, amount, "not_paid", List.of(), null, null, when,
                when, 0);
    }

    static PaymentCollectionView amount(PaymentCollectionView c, long amount, long version, Instant at) {
        return new PaymentCollectionView(c.id(), c.cartId(), c.currencyCode(), amount, c.status(), c.paymentSessions(),
                c.selectedSessionId(), c.paymentId(), c.createdAt(), millis(at), version);
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

    static PaymentCollectionView payment(PaymentCollectionView c, String status, String paymentId, long version,
                                         Instant at) {
        return new PaymentCollectionView(c.id(), c.cartId(), c.currencyCode(), c.amount(), status, c.paymentSessions(),
                c.selectedSessionId(), paymentId, c.createdAt(), millis(at), version);
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

    private static PaymentCollectionView withSessions(PaymentCollectionView c, List<PaymentSessionView> sessions,
                                                      String selectedSessionId, long version, Instant at) {
        return new PaymentCollectionView(c.id(), c.cartId(), c.currencyCode(), c.amount(), c.status(),
                List.copyOf(sessions), selectedSessionId, c.paymentId(), c.createdAt(), millis(at), version);
    }

    private static Instant millis(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }
}
