package io.cartlog.platform.readmodel;

import io.cartlog.platform.config.CartlogProperties;
import io.cartlog.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * Answers a mutation with the resource as its read model shows it at or after the version the
 * command produced, so a client never reads its own change missing. Projections in the same
 * process catch up within milliseconds; the wait is bounded and answers 503 when exceeded.
 * <p>
 * Projections that report their views (through Axon's query update emitter) hand the view over
 * the moment they commit; for those, querying is only a rare safety net, since queries under load
 * cost the very CPU the projection needs to catch up. Others are queried after growing pauses.
 */
@Component
public class ReadYourWrites {

    /** Pauses between queries of a projection that does not report its views. */
    private static final Pauses POLLING = new Pauses(Duration.ofMillis(2), Duration.ofMillis(50));
    /** Pauses before querying a reporting projection, in case its report was missed. */
    private static final Pauses REPORTED = new Pauses(Duration.ofMillis(250), Duration.ofSeconds(1));

    private final ReadModelQueries queries;
    private final Duration timeout;

    ReadYourWrites(ReadModelQueries queries, CartlogProperties properties) {
        this.queries = queries;
        this.timeout = properties.readYourWritesTimeout();
    }

    /** The view once its version reaches {@code minVersion}, querying after growing pauses. */
    public <V> V await(Object query, Class<V> viewType, ToLongFunction<V> version, long minVersion) {
        return answer(query, viewType, version, () -> minVersion, POLLING, true);
    }

    /** As {@link #await}, for a projection that reports its views. */
    public <V> V awaitReported(Object query, Class<V> viewType, ToLongFunction<V> version, long minVersion) {
        return answer(query, viewType, version, () -> minVersion, REPORTED, true);
    }

    /**
     * Runs a command that answers the version it produced, then answers the view at or after that
     * version, from a projection that reports its views. Listening starts before the command runs,
     * so the view is handed over when the projection commits and no query is needed.
     */
    public <V> V afterCommand(LongSupplier command, Object query, Class<V> viewType, ToLongFunction<V> version) {
        return answer(query, viewType, version, command, REPORTED, false);
    }

    private <V> V answer(Object query, Class<V> viewType, ToLongFunction<V> version, LongSupplier command,
                         Pauses pauses, boolean queryFirst) {
        try (ViewWatch<V> reported = queries.watch(query, viewType, version)) {
            long minVersion = command.getAsLong();
            long deadline = System.nanoTime() + timeout.toNanos();
            Duration pause = pauses.first();
            boolean ask = queryFirst;
            while (true) {
                if (ask) {
                    Optional<V> view = queries.find(query, viewType);
                    if (view.isPresent() && version.applyAsLong(view.get()) >= minVersion) {
                        return view.get();
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw lagging();
                }
                Optional<V> view = reported.await(minVersion, shorter(pause, Duration.ofNanos(left)));
                if (view.isPresent()) {
                    return view.get();
                }
                pause = pauses.after(pause);
                ask = true;
            }
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    /** Queries until the read model no longer shows the resource, after a delete. */
    public void awaitAbsent(Object query, Class<?> viewType) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration pause = POLLING.first();
        while (queries.find(query, viewType).isPresent()) {
            if (System.nanoTime() > deadline) {
                throw lagging();
            }
            sleep(pause);
            pause = POLLING.after(pause);
        }
    }

    private static ApiException lagging() {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "unexpected_state", "read_model_lagging",
                "The change was accepted but its read model has not caught up yet; read it again shortly");
    }

    private static Duration shorter(Duration one, Duration other) {
        return one.compareTo(other) <= 0 ? one : other;
    }

    /** Pauses that double from {@code first} up to {@code longest}. */
    private record Pauses(Duration first, Duration longest) {

        Duration after(Duration pause) {
            return shorter(pause.multipliedBy(2), longest);
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    private static IllegalStateException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new IllegalStateException("Interrupted while waiting for the read model", e);
    }
}
