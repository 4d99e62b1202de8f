package io.cartlog.platform.readmodel;

import io.cartlog.platform.config.CartlogProperties;
import io.cartlog.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Answers a mutation with the resource as its read model shows it at or after the version the
 * command produced, so a client never reads its own change missing. Projections in the same
 * process catch up within milliseconds; the wait is bounded and answers 503 when exceeded.
 */
@Component
public class ReadYourWrites {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(2);
    private static final Duration LONGEST_PAUSE = Duration.ofMillis(50);

    private final ReadModelQueries queries;
    private final Duration timeout;

    ReadYourWrites(ReadModelQueries queries, CartlogProperties properties) {
        this.queries = queries;
        this.timeout = properties.readYourWritesTimeout();
    }

    /** Queries until the view's version reaches {@code minVersion}. */
    public <V> V await(Object query, Class<V> viewType, ToLongFunction<V> version, long minVersion) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration pause = FIRST_PAUSE;
        while (true) {
            Optional<V> view = queries.find(query, viewType);
            if (view.isPresent() && version.applyAsLong(view.get()) >= minVersion) {
                return view.get();
            }
            if (System.nanoTime() > deadline) {
                throw lagging();
            }
            sleep(pause);
            pause = next(pause);
        }
    }

    /** Queries until the read model no longer shows the resource, after a delete. */
    public void awaitAbsent(Object query, Class<?> viewType) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration pause = FIRST_PAUSE;
        while (queries.find(query, viewType).isPresent()) {
            if (System.nanoTime() > deadline) {
                throw lagging();
            }
            sleep(pause);
            pause = next(pause);
        }
    }

    private static ApiException lagging() {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "unexpected_state", "read_model_lagging",
                "The change was accepted but its read model has not caught up yet; read it again shortly");
    }

    private static Duration next(Duration pause) {
        Duration doubled = pause.multipliedBy(2);
        return doubled.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : doubled;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the read model", e);
        }
    }
}
