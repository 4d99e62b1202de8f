package io.cartlog.query.webhook;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Queues every public event for the subscriptions that want it, in the transaction that moves
 * this processor's token: an event is queued exactly when it is processed, and a restart resumes
 * where the last committed batch ended. Events of one stream are handled in order by one segment,
 * so they are queued in order. Queuing starts at the head of the store: history before a
 * subscription existed is delivered by replaying it ({@link WebhookReplays}).
 * <p>
 * A batch's events are queued together just before it commits: queuing locks each stream's latest
 * delivery, which senders recording an attempt wait for, so the locks are taken last and held only
 * for the commit, not for the whole batch.
 */
@Component
@ProcessingGroup(WebhookOutbox.GROUP)
class WebhookOutbox {

    static final String GROUP = "webhooks";
    private static final String BATCH = WebhookOutbox.class.getName() + ".batch";

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
        WebhookCatalog.topic(payload)
                .filter(topic -> subscriptions.active().stream().anyMatch(s -> s.wants(topic.type())))
                .ifPresent(topic -> batch().add(new WebhookQueue.Message(topic, domain,
                        position(tracked.trackingToken()))));
    }

    /** This batch's events to queue, queued when it prepares to commit. */
    private List<WebhookQueue.Message> batch() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(BATCH, key -> {
            List<WebhookQueue.Message> messages = new ArrayList<>();
            batch.onPrepareCommit(done -> queue(messages));
            batch.afterCommit(done -> dispatcher.wake());
            return messages;
        });
    }

    private void queue(List<WebhookQueue.Message> messages) {
        List<QueuedEvent> events = queue.events(messages);
        for (WebhookSubscription subscription : subscriptions.active()) {
            queue.deliver(subscription.id(), events.stream().filter(event -> subscription.wants(event.type())).toList(),
                    QueuedEvent.LIVE);
        }
    }

    static long position(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("Token without a position: " + token));
    }
}
