package io.cartlog.platform.readmodel;

import org.axonframework.queryhandling.SubscriptionQueryResult;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

/** A {@link ViewWatch} on an Axon subscription query whose updates are the views a projection emits. */
final class SubscriptionViewWatch<V> implements ViewWatch<V> {

    private final SubscriptionQueryResult<?, V> subscription;
    private final ToLongFunction<V> version;
    private V newest;

    SubscriptionViewWatch(SubscriptionQueryResult<?, V> subscription, ToLongFunction<V> version) {
        this.subscription = subscription;
        this.version = version;
        subscription.updates().subscribe(this::reported);
    }

    private synchronized void reported(V view) {
        if (newest == null || version.applyAsLong(view) > version.applyAsLong(newest)) {
            newest = view;
            notifyAll();
        }
    }

    @Override
    public synchronized Optional<V> await(long atLeast, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (newest == null || version.applyAsLong(newest) < atLeast) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return Optional.of(newest);
    }

    @Override
    public void close() {
        subscription.close();
    }
}
