package io.cartlog.query.webhook;

import io.cartlog.platform.signing.WebhookSignature;
import io.cartlog.platform.web.ApiException;
import io.cartlog.query.webhook.WebhookQueue.Attempt;
import io.cartlog.query.webhook.WebhookQueue.Claimed;
import io.cartlog.query.webhook.WebhookQueue.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Sends a claimed delivery, then the deliveries waiting behind it in its stream while its lease
 * leaves time for another attempt, and records how they went in one transaction: 2xx is
 * delivered; anything else, a timeout or a refused connection is retried after the next pause of
 * the schedule (and holds the rest of the stream), and once the schedule is used up the delivery
 * is dead and its subscription flagged. Going on with the stream saves a trip through the
 * dispatcher and a read of the resource per event.
 */
@Component
class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int MAX_ERROR = 500;
    /** Deliveries of one stream sent on one claim, at most. */
    private static final int RUN = 50;
    /** When the read model has not caught up with the event yet; not the receiver's fault, so not an attempt. */
    private static final Duration LAGGING_PAUSE = Duration.ofSeconds(1);

    private final WebhookQueue queue;
    private final WebhookSubscriptions subscriptions;
    private final WebhookPayloads payloads;
    private final WebhookProperties properties;
    private final HttpClient http;

    WebhookSender(WebhookQueue queue, WebhookSubscriptions subscriptions, WebhookPayloads payloads,
                  WebhookProperties properties) {
        this.queue = queue;
        this.subscriptions = subscriptions;
        this.payloads = payloads;
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    void send(Claimed head) {
        long claimed = System.nanoTime();
        WebhookSubscription subscription = subscriptions.active(head.subscriptionId()).orElse(null);
        if (subscription == null) {
            // Paused or deleted: the delivery waits, as it was, for the subscription to come back.
            queue.postpone(head.id(), properties.pollInterval().multipliedBy(10));
            return;
        }
        // A delivery that failed before goes alone: its stream is not read and rendered for nothing.
        List<Claimed> run = new ArrayList<>(List.of(head));
        if (head.attempts() == 0) {
            run.addAll(queue.followers(head, RUN - 1));
        }
        Map<String, String> bodies;
        try {
            bodies = bodies(run);
        } catch (ApiException lagging) {
            queue.postpone(head.id(), LAGGING_PAUSE);
            return;
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Claimed delivery : run) {
            if (!outcomes.isEmpty() && !leaseCoversAnotherAttempt(claimed)) {
                break;
            }
            Attempt attempt = post(subscription, delivery.event().id(), bodies.get(delivery.event().id()));
            outcomes.add(new Outcome(delivery, attempt, attempt.succeeded() ? null : nextAttempt(delivery.failures())));
            if (!attempt.succeeded()) {
                break;
            }
        }
        queue.record(outcomes);
        Outcome last = outcomes.get(outcomes.size() - 1);
        if (!last.attempt().succeeded() && last.nextAttemptAt() == null) {
            log.warn("Webhook delivery {} of {} to subscription {} is dead after {} attempts: {}",
                    last.delivery().id(), last.delivery().event().id(), subscription.id(),
                    last.delivery().attempts() + 1, last.attempt().error());
            subscriptions.flagFailing(subscription.id());
        }
    }

    /** The bodies to send, by event id: those kept from an earlier attempt, the others rendered and kept now. */
    private Map<String, String> bodies(List<Claimed> run) {
        List<QueuedEvent> unrendered = run.stream().filter(delivery -> delivery.body() == null)
                .map(Claimed::event).toList();
        Map<String, String> bodies = new HashMap<>();
        if (!unrendered.isEmpty()) {
            bodies.putAll(queue.keepBodies(payloads.render(unrendered)));
        }
        run.stream().filter(delivery -> delivery.body() != null)
                .forEach(delivery -> bodies.put(delivery.event().id(), delivery.body()));
        return bodies;
    }

    /** Whether the head's lease outlasts one more attempt, so no other node sends the stream meanwhile. */
    private boolean leaseCoversAnotherAttempt(long claimed) {
        Duration attempt = properties.connectTimeout().plus(properties.readTimeout());
        return Duration.ofNanos(System.nanoTime() - claimed).plus(attempt).compareTo(properties.lease()) < 0;
    }

    private Attempt post(WebhookSubscription subscription, String eventId, String body) {
        Instant started = Instant.now();
        long timestamp = started.getEpochSecond();
        String signatures = subscription.signingSecrets(started).stream()
                .map(secret -> WebhookSignature.sign(secret, eventId, timestamp, body))
                .collect(Collectors.joining(" "));
        long t0 = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.url()))
                    .timeout(properties.readTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Cartlog-Webhooks/" + WebhookProperties.API_VERSION)
                    .header("webhook-id", eventId)
                    .header("webhook-timestamp", String.valueOf(timestamp))
                    .header("webhook-signature", signatures)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Attempt(started, status, elapsed(t0), status / 100 == 2 ? null : "HTTP " + status);
        } catch (IOException | IllegalArgumentException e) {
            return new Attempt(started, null, elapsed(t0), error(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(started, null, elapsed(t0), "interrupted");
        }
    }

    /** After {@code failures} failed attempts before this one: the schedule's next pause, ±20%, or null when it is used up. */
    Instant nextAttempt(int failures) {
        List<Duration> schedule = properties.retrySchedule();
        if (failures >= schedule.size()) {
            return null;
        }
        long pause = schedule.get(failures).toMillis();
        long jitter = (long) (pause * 0.2 * (ThreadLocalRandom.current().nextDouble() * 2 - 1));
        return Instant.now().plusMillis(pause + jitter);
    }

    private static long elapsed(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static String error(Exception e) {
        String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return message.length() > MAX_ERROR ? message.substring(0, MAX_ERROR) : message;
    }
}
