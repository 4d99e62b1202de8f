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
 */
@Component
public class ReadYourWrites {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(2);
    /** Long enough for a reporting projection under load; it is only waited out when nothing reports. */
    private static final Duration FIRST_PAUSE_WHEN_REPORTED = Duration.ofMillis(20);
    private static final Duration LONGEST_PAUSE = Duration.ofMillis(50);

    private final ReadModelQueries queries;
    private final Duration timeout;

    ReadYourWrites(ReadModelQueries queries, CartlogProperties properties) {
        this.queries = queries;
        this.timeout = properties.readYourWritesTimeout();
    }

    /** Queries until the view's version reaches {@code minVersion}, after growing pauses. */
    public <V> V await(Object query, Class<V> viewType, ToLongFunction<V> version, long minVersion) {
        return answer(query, viewType, version, () -> minVersion, FIRST_PAUSE, true);
    }

    /**
     * Runs a command that answers the version it produced, then answers the view at or after that
     * version. Listening starts before the command runs, so a projection that reports its views
     * (through Axon's query update emitter) hands the view over the moment it commits, and no query
     * is needed; for others the view is queried after pauses.
     */
    public <V> V afterCommand(LongSupplier command, Object query, Class<V> viewType, ToLongFunction<V> version) {
        return answer(query, viewType, version, command, FIRST_PAUSE_WHEN_REPORTED, false);
    }

    private <V> V answer(Object query, Class<V> viewType, ToLongFunction<V> version, LongSupplier command,
                         Duration firstPause, boolean queryFirst) {
        try (ViewWatch<V> reported = queries.watch(query, viewType, version)) {
            long minVersion = command.getAsLong();
            long deadline = System.nanoTime() + timeout.toNanos();
            Duration pause = firstPause;
            boolean ask = queryFirst;
            while (true) {
                if (ask) {
                    Optional<V> view = queries.find(query, viewType);
                    if (view.isPresent() && version.applyAsLong(view.get()) >= minVersion) {
                        return view.get();
                    }
                }
                Optional<V> view = reported.await(minVersion, pause);
                if (view.isPresent()) {
                    return view.get();
                }
                if (System.nanoTime() > deadline) {
                    throw lagging();
                }
                pause = next(pause);
                ask = true;
            }
        } catch (InterruptedException e) {
            throw interrupted(e);
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
            throw interrupted(e);
        }
    }

    private static IllegalStateException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new IllegalStateException("Interrupted while waiting for the read model", e);
    }
}
