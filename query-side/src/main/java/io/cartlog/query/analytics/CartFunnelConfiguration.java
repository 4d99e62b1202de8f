package io.cartlog.query.analytics;

import io.cartlog.platform.eventstore.ProcessorConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The funnel starts at the tail of the store, so that added to a store full of history it
 * counts every cart from the first event on. (Axon's default initial token is the tail too;
 * stated here because the funnel's figures depend on it.)
 */
@Configuration(proxyBeanMethods = false)
class CartFunnelConfiguration {

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        processing.registerTrackingEventProcessorConfiguration(CartFunnelProjection.GROUP, config ->
                ProcessorConfiguration.standard().andInitialTrackingToken(StreamableMessageSource::createTailToken));
    }
}
