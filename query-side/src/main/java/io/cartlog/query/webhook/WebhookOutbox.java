package io.cartlog.query.webhook;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Queues every public event for the subscriptions that want it, in the transaction that moves
 * this processor's token: an event is queued exactly when it is processed, and a restart resumes
 * where the last committed batch ended. Events of one stream are handled in order by one segment,
 * so they are queued in order. Queuing starts at the head of the store: history before a
 * subscription existed is delivered by replaying it ({@link WebhookReplays}).
 */
@Component
@ProcessingGroup(WebhookOutbox.GROUP)
class WebhookOutbox {

    static final String GROUP = "webhooks";

    private final WebhookSubscriptions subscriptions;
    private final WebhookQueue queue;
    private final WebhookDispatcher dispatcher;

    WebhookOutbox(WebhookSubscriptions subscriptions, WebhookQueue queue, WebhookDispatcher dispatcher) {
        this.subscriptions = subscriptions;
        this.queue = queue;
        this.dispatcher = dispatcher;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> domain) || !(message instanceof TrackedEventMessage<?> tracked)) {
            return;
        }
        WebhookCatalog.topic(payload).ifPresent(topic -> {
            List<WebhookSubscription> wanting = subscriptions.active().stream()
                    .filter(subscription -> subscription.wants(topic.type())).toList();
            if (wanting.isEmpty()) {
                return;
            }
            QueuedEvent event = queue.event(topic, domain, position(tracked.trackingToken()));
            wanting.forEach(subscription -> queue.deliver(subscription.id(), event, QueuedEvent.LIVE));
            CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.afterCommit(done -> dispatcher.wake()));
        });
    }

    static long position(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("Token without a position: " + token));
    }
}
