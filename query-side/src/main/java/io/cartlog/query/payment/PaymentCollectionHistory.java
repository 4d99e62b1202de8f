package io.cartlog.query.payment;

import io.cartlog.query.common.EventHistory;
import io.cartlog.queries.payment.PaymentCollectionView;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** A cart's payment collection as it was at a moment, folded from its events: for time travel. */
@Component
public class PaymentCollectionHistory {

    private final PaymentCollectionRepository collections;
    private final EventHistory history;

    PaymentCollectionHistory(PaymentCollectionRepository collections, EventHistory history) {
        this.collections = collections;
        this.history = history;
    }

    /** Empty when the cart had no collection yet at {@code moment}. */
    public Optional<PaymentCollectionView> ofCart(String cartId, Instant moment) {
        return collections.findByCart(cartId).map(today -> {
            PaymentCollectionView collection = null;
            for (DomainEventMessage<?> event : history.upTo(today.id(), moment)) {
                collection = PaymentCollectionChanges.apply(collection, event.getPayload(), event.getSequenceNumber(),
                        event.getTimestamp());
            }
            return collection;
        });
    }
}
