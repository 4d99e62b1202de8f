package io.cartlog.platform.metadata;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon copies this metadata, with its own correlation and trace (causation) ids, from a command
 * onto every event the command produces; {@link CommandMetadataInterceptor} puts it on the command.
 */
@Configuration(proxyBeanMethods = false)
class MetadataConfiguration {

    /** Axon's correlation id and trace (causation) id; declared because any provider bean replaces its default. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider requestMetadataProvider() {
        return new SimpleCorrelationDataProvider(RequestMetadata.REQUEST_ID, RequestMetadata.ACTOR,
                RequestMetadata.API_KEY_ID, RequestMetadata.SALES_CHANNEL_IDS);
    }
}
