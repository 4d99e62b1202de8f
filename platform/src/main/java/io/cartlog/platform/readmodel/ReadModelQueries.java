package io.cartlog.platform.readmodel;

import java.util.Optional;

/**
 * Asks the read side a query. In one process that is Axon's query bus; when the command side
 * runs apart from the query side it is an HTTP call (see {@link RemoteReadModelQueries}).
 */
public interface ReadModelQueries {

    <R> Optional<R> find(Object query, Class<R> resultType);
}
