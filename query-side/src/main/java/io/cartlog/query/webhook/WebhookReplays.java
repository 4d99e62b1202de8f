package io.cartlog.query.webhook;

import io.cartlog.events.common.Ids;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Queues a subscription's events again, from a time or a global position up to the head of the
 * store when asked, as deliveries of their own (the replay's id is their origin): each replay
 * delivers every event it covers once, with the event's own {@code webhook-id}, in order per
 * resource. Replays run one at a time in the background; their deliveries show in the log.
 */
@Component
class WebhookReplays {

    private static final Logger log = LoggerFactory.getLogger(WebhookReplays.class);
    private static final int BATCH = 500;

    private final EventStore eventStore;
    private final WebhookQueue queue;
    private final WebhookDispatcher dispatcher;
    private final TransactionTemplate transactions;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "webhook-replay");
        thread.setDaemon(true);
        return thread;
    });

    WebhookReplays(EventStore eventStore, WebhookQueue queue, WebhookDispatcher dispatcher,
                   TransactionTemplate transactions) {
        this.eventStore = eventStore;
        this.queue = queue;
        this.dispatcher = dispatcher;
        this.transactions = transactions;
    }

    record Replay(String id, String subscriptionId, Instant from, Long fromPosition, long toPosition) {
    }

    /** Starts replaying to {@code subscription} from {@code from} or {@code fromPosition} (inclusive; neither: the first event). */
    Replay start(WebhookSubscription subscription, Instant from, Long fromPosition) {
        TrackingToken start = from != null ? eventStore.createTokenAt(from)
                : fromPosition == null || fromPosition <= 0 ? null
                : GapAwareTrackingToken.newInstance(fromPosition - 1, Collections.emptySortedSet());
        TrackingToken head = eventStore.createHeadToken();
        long end = head == null ? -1 : head.position().orElse(-1L);
        Replay replay = new Replay(Ids.next("whrpl"), subscription.id(), from, fromPosition, end);
        runner.execute(() -> run(replay, subscription, start));
        return replay;
    }

    private void run(Replay replay, WebhookSubscription subscription, TrackingToken start) {
        long queued = 0;
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(start)) {
            List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
            while (stream.hasNextAvailable()) {
                TrackedEventMessage<?> message = stream.nextAvailable();
                if (WebhookOutbox.position(message.trackingToken()) > replay.toPosition()) {
                    break;
                }
                batch.add(message);
                if (batch.size() == BATCH) {
                    queued += queue(replay, subscription, batch);
                    batch.clear();
                }
            }
            queued += queue(replay, subscription, batch);
            log.info("Replay {} queued {} events for webhook {}", replay.id(), queued, subscription.id());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Replay {} for webhook {} stopped after {} events", replay.id(), subscription.id(), queued, e);
        }
    }

    private int queue(Replay replay, WebhookSubscription subscription, List<TrackedEventMessage<?>> batch) {
        List<WebhookQueue.Message> wanted = new ArrayList<>();
        for (TrackedEventMessage<?> message : batch) {
            if (message instanceof DomainEventMessage<?> domain) {
                WebhookCatalog.topic(message.getPayload()).filter(topic -> subscription.wants(topic.type()))
                        .ifPresent(topic -> wanted.add(new WebhookQueue.Message(topic, domain,
                                WebhookOutbox.position(message.trackingToken()))));
            }
        }
        if (wanted.isEmpty()) {
            return 0;
        }
        Integer queued = transactions.execute(tx ->
                queue.deliver(subscription.id(), queue.events(wanted), replay.id()));
        dispatcher.wake();
        return queued == null ? 0 : queued;
    }
}
