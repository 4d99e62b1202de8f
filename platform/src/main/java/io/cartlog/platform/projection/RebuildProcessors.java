package io.cartlog.platform.projection;

import io.cartlog.platform.projection.Projections.ReadModelGroup;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the temporary processor of a rebuild: the read model's own handler beans, from the first
 * event of the store, one segment in batches of 500 (nothing waits for it, so large batches only
 * make it faster), its transactions pointed at the copied tables.
 */
@Component
class RebuildProcessors {

    private static final int BATCH_SIZE = 500;

    private final Configuration axon;
    private final EmbeddedEventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager transactionManager;
    private final JdbcClient jdbc;

    RebuildProcessors(Configuration axon, EmbeddedEventStore eventStore, TokenStore tokenStore,
                      TransactionManager transactionManager, JdbcClient jdbc) {
        this.axon = axon;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.transactionManager = transactionManager;
        this.jdbc = jdbc;
    }

    TrackingEventProcessor create(ReadModelGroup readModel, String name, String searchPath) {
        SimpleEventHandlerInvoker invoker = SimpleEventHandlerInvoker.builder()
                .eventHandlers(readModel.handlers())
                .parameterResolverFactory(axon.parameterResolverFactory())
                .handlerDefinition(axon.handlerDefinition(readModel.handlers().get(0).getClass()))
                // A failing event halts the rebuild (and shows) instead of being skipped.
                .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                .build();
        TrackingEventProcessor processor = TrackingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(invoker)
                .messageSource(eventStore)
                .tokenStore(tokenStore)
                .transactionManager(transactionManager)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(BATCH_SIZE)
                        .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                .build();
        processor.registerHandlerInterceptor(new ShadowSchema(jdbc, searchPath));
        return processor;
    }
}
