package io.cartlog.platform.readmodel;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.ToLongFunction;

@Component
@ConditionalOnExpression("'${cartlog.query-side.url:}' == ''")
class LocalReadModelQueries implements ReadModelQueries {

    private final QueryGateway queries;

    LocalReadModelQueries(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public <R> Optional<R> find(Object query, Class<R> resultType) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(resultType)).join();
    }

    @Override
    public <R> ViewWatch<R> watch(Object query, Class<R> resultType, ToLongFunction<R> version) {
        return new SubscriptionViewWatch<>(queries.subscriptionQuery(query,
                ResponseTypes.optionalInstanceOf(resultType), ResponseTypes.instanceOf(resultType)), version);
    }
}
