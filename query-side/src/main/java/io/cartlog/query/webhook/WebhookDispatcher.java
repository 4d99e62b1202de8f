package io.cartlog.query.webhook;

import io.cartlog.query.webhook.WebhookQueue.Claimed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands due deliveries to a pool of senders. Deliveries queued on this node are claimed the
 * moment their transaction commits; retries coming due, and deliveries queued by other nodes,
 * within the poll interval. A subscription never takes more than its share of the senders, so a
 * slow receiver leaves the others theirs.
 */
@Component
class WebhookDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int MAX_CLAIM = 200;

    private final WebhookQueue queue;
    private final WebhookSender sender;
    private final WebhookProperties properties;
    private final Semaphore wakeups = new Semaphore(0);
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger sending = new AtomicInteger();
    private volatile boolean running;
    private ExecutorService senders;
    private Thread loop;

    WebhookDispatcher(WebhookQueue queue, WebhookSender sender, WebhookProperties properties) {
        this.queue = queue;
        this.sender = sender;
        this.properties = properties;
    }

    /** Something may be due: look now rather than at the next poll. */
    void wake() {
        if (wakeups.availablePermits() == 0) {
            wakeups.release();
        }
    }

    @Override
    public void start() {
        running = true;
        senders = Executors.newFixedThreadPool(properties.workers(), runnable -> {
            Thread thread = new Thread(runnable, "webhook-sender");
            thread.setDaemon(true);
            return thread;
        });
        loop = new Thread(this::dispatch, "webhook-dispatcher");
        loop.setDaemon(true);
        loop.start();
    }

    @Override
    public void stop() {
        running = false;
        wake();
        senders.shutdown();
        try {
            loop.join(TimeUnit.SECONDS.toMillis(5));
            // Deliveries still being sent keep their lease and go out again after it ends: at least once.
            senders.awaitTermination(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void dispatch() {
        while (running) {
            try {
                int free = properties.workers() - sending.get();
                List<Claimed> claimed = free <= 0 ? List.of()
                        : queue.claim(Math.min(free, MAX_CLAIM), busySubscriptions(), properties.lease());
                claimed.forEach(this::submit);
                if (claimed.size() < Math.min(free, MAX_CLAIM)) {
                    wakeups.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeups.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Claiming webhook deliveries failed; trying again", e);
                pause();
            }
        }
    }

    private void submit(Claimed delivery) {
        AtomicInteger count = inFlight.computeIfAbsent(delivery.subscriptionId(), id -> new AtomicInteger());
        if (count.incrementAndGet() > properties.perSubscription()) {
            count.decrementAndGet();
            queue.release(delivery.id());
            return;
        }
        sending.incrementAndGet();
        senders.execute(() -> {
            try {
                sender.send(delivery);
            } catch (RuntimeException e) {
                // The lease runs out and the delivery is claimed again.
                log.warn("Sending webhook delivery {} failed", delivery.id(), e);
            } finally {
                count.decrementAndGet();
                sending.decrementAndGet();
                wake();
            }
        });
    }

    private List<String> busySubscriptions() {
        return inFlight.entrySet().stream().filter(e -> e.getValue().get() >= properties.perSubscription())
                .map(Map.Entry::getKey).toList();
    }

    private void pause() {
        try {
            Thread.sleep(properties.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
