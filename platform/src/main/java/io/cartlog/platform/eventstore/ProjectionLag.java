package io.cartlog.platform.eventstore;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.time.Duration;
import java.time.Instant;

/**
 * Records, per event processor, how long an event took from its creation to the commit of the
 * read model change it caused: metric {@code cartlog.projection.lag}, p50 and p99 over the last
 * 5–10 seconds. Creation precedes the event's own commit by the command's commit time, so this
 * is an upper bound of commit-to-view lag.
 */
final class ProjectionLag implements MessageHandlerInterceptor<EventMessage<?>> {

    static final String METRIC = "cartlog.projection.lag";

    private final Timer lag;

    ProjectionLag(MeterRegistry registry, String processor) {
        this.lag = Timer.builder(METRIC)
                .description("Event created to read model committed")
                .tag("processor", processor)
                .publishPercentiles(0.5, 0.99)
                .distributionStatisticExpiry(Duration.ofSeconds(5))
                .distributionStatisticBufferLength(2)
                .register(registry);
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Instant created = unitOfWork.getMessage().getTimestamp();
        unitOfWork.afterCommit(committed -> lag.record(Duration.between(created, Instant.now())));
        return chain.proceed();
    }
}
