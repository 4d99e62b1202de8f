package io.cartlog.query.webhook;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Webhook queuing starts at the head of the event store, not its tail: when webhooks are first
 * deployed on a store full of history, nobody subscribed to that history, and replaying it is
 * each subscriber's choice ({@code POST /admin/webhooks/{id}/replay}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    private static final int SEGMENTS = 2;
    private static final int BATCH_SIZE = 100;

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        processing.registerTrackingEventProcessorConfiguration(WebhookOutbox.GROUP, config ->
                TrackingEventProcessorConfiguration.forParallelProcessing(SEGMENTS)
                        .andInitialSegmentsCount(SEGMENTS)
                        .andBatchSize(BATCH_SIZE)
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }
}
