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
import io.cartlog.queries.payment.FindPaymentCollectionByCartQuery;
import io.cartlog.queries.payment.FindPaymentCollectionQuery;
import io.cartlog.queries.payment.FindPaymentQuery;
import io.cartlog.queries.payment.PaymentCollectionView;
import io.cartlog.queries.payment.PaymentView;
import io.cartlog.platform.projection.ReadModel;
import io.cartlog.query.common.BatchedRows;
import io.cartlog.query.common.DocumentBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Keeps each payment collection's view, written once per batch of events; every handler skips
 * events its row already reflects.
 */
@Component
@ProcessingGroup(PaymentCollectionProjection.GROUP)
@ReadModel(tables = {"payment_collection_view", "payment_collection_payment"})
class PaymentCollectionProjection {

    static final String GROUP = "payment-collection-view";

    private final PaymentCollectionRepository collections;
    private final DocumentBatch<PaymentCollectionView> changes;
    private final BatchedRows<PaymentCollectionRepository.PaymentHolder> paymentHolders;
    private final QueryUpdateEmitter updates;

    PaymentCollectionProjection(PaymentCollectionRepository collections, QueryUpdateEmitter updates) {
        this.collections = collections;
        this.changes = collections.batch();
        this.paymentHolders = collections.paymentHolders();
        this.updates = updates;
    }

    @EventHandler
    void on(PaymentCollectionCreatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        PaymentCollectionView created = PaymentCollectionChanges.apply(null, event, version, at);
        changes.created(created.id(), created, version);
        report(created);
    }

    @EventHandler
    void on(PaymentCollectionAmountChangedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.paymentCollectionId(), version, event, at);
    }

    @EventHandler
    void on(PaymentSessionCreatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.paymentCollectionId(), version, event, at);
    }

    @EventHandler
    void on(PaymentSessionUpdatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.paymentCollectionId(), version, event, at);
    }

    @EventHandler
    void on(PaymentSessionDeletedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.paymentCollectionId(), version, event, at);
    }

    @EventHandler
    void on(PaymentSessionSelectedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.paymentCollectionId(), version, event, at);
    }

    @EventHandler
    void on(PaymentAuthorizedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        paymentHolders.add(new PaymentCollectionRepository.PaymentHolder(event.paymentId(), event.paymentCollectionId()));
        change(event.paymentCollectionId(), version, event, at);
    }

    @EventHandler
    void on(PaymentAuthorizationFailedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.paymentCollectionId(), version, event, at);
    }

    @EventHandler
    void on(PaymentCanceledEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.paymentCollectionId(), version, event, at);
    }

    @EventHandler
    void on(PaymentCapturedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.paymentCollectionId(), version, event, at);
    }

    @EventHandler
    void on(PaymentRefundedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.paymentCollectionId(), version, event, at);
    }

    @ResetHandler
    void reset() {
        collections.deleteAll();
    }

    @QueryHandler
    Optional<PaymentCollectionView> handle(FindPaymentCollectionQuery query) {
        return collections.load(query.paymentCollectionId());
    }

    @QueryHandler
    Optional<PaymentCollectionView> handle(FindPaymentCollectionByCartQuery query) {
        return collections.findByCart(query.cartId());
    }

    @QueryHandler
    Optional<PaymentView> handle(FindPaymentQuery query) {
        return collections.findByPayment(query.paymentId()).flatMap(collection -> collection.payments().stream()
                .filter(payment -> payment.id().equals(query.paymentId())).findFirst());
    }

    private void change(String id, long version, Object event, Instant at) {
        changes.load(id)
                .filter(stored -> stored.version() < version)
                .ifPresent(stored -> {
                    PaymentCollectionView changed = PaymentCollectionChanges.apply(stored.document(), event, version, at);
                    changes.changed(id, changed, version);
                    report(changed);
                });
    }

    /** Hands the new view to requests waiting to read their own change, once the batch commits. */
    private void report(PaymentCollectionView collection) {
        updates.emit(FindPaymentCollectionQuery.class,
                query -> query.paymentCollectionId().equals(collection.id()), collection);
        updates.emit(FindPaymentCollectionByCartQuery.class, query -> query.cartId().equals(collection.cartId()),
                collection);
    }
}
