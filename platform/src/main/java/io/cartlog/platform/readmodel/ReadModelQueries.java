package io.cartlog.platform.readmodel;

import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Asks the read side a query. In one process that is Axon's query bus; when the command side
 * runs apart from the query side it is an HTTP call (see {@link RemoteReadModelQueries}).
 */
public interface ReadModelQueries {

    <R> Optional<R> find(Object query, Class<R> resultType);

    /** Starts listening for the views projections report for what {@code query} finds. */
    <R> ViewWatch<R> watch(Object query, Class<R> resultType, ToLongFunction<R> version);
}
