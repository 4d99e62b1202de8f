package io.cartlog.command.checkout;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.modelling.saga.repository.jdbc.GenericSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Checkout's processing: sagas in the snake_case tables of {@code V60__checkout.sql}, through the
 * same connections as the event store, and {@link PaidCartCompletion}'s processor.
 */
@Configuration(proxyBeanMethods = false)
class CheckoutConfiguration {

    /**
     * Paid carts are completed from the store's head on: a deployment that gains this handler must
     * not complete carts paid long ago. One thread: payments arrive a few per second at most.
     */
    @Autowired
    void paidCartCompletion(EventProcessingConfigurer processing) {
        processing.registerTrackingEventProcessorConfiguration(PaidCartCompletion.GROUP, config ->
                TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }

    @Bean
    JdbcSagaStore sagaStore(ConnectionProvider connectionProvider, Serializer serializer) {
        SagaSchema schema = SagaSchema.builder()
                .sagaEntryTable("saga_entry")
                .associationValueEntryTable("association_value_entry")
                .sagaIdColumn("saga_id")
                .revisionColumn("revision")
                .sagaTypeColumn("saga_type")
                .serializedSagaColumn("serialized_saga")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .build();
        return JdbcSagaStore.builder()
                .connectionProvider(connectionProvider)
                .sqlSchema(new GenericSagaSqlSchema(schema))
                .serializer(serializer)
                .build();
    }
}
