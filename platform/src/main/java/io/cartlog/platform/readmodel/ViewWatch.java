package io.cartlog.platform.readmodel;

import java.time.Duration;
import java.util.Optional;

/**
 * The views a projection reports for one query while a caller waits to read its own write: the
 * caller gets the view the moment the projection commits it, without querying again.
 */
public interface ViewWatch<V> extends AutoCloseable {

    /** Waits up to {@code max} for a reported view at or after {@code version}. */
    Optional<V> await(long version, Duration max) throws InterruptedException;

    @Override
    void close();

    /** A watch that never hears anything: the caller falls back to querying. */
    static <V> ViewWatch<V> none() {
        return new ViewWatch<>() {
            @Override
            public Optional<V> await(long version, Duration max) throws InterruptedException {
                Thread.sleep(max.toMillis());
                return Optional.empty();
            }

            @Override
            public void close() {
            }
        };
    }
}
