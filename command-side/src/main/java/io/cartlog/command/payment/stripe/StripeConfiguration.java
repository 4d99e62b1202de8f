package io.cartlog.command.payment.stripe;

import com.stripe.StripeClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Stripe's provider, when an API key is configured; the client is ours, no global static state. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(StripeConfiguration.CONFIGURED)
@EnableConfigurationProperties(StripeProperties.class)
class StripeConfiguration {

    static final String CONFIGURED = "!'${cartlog.payments.stripe.api-key:}'.isBlank()";

    @Bean
    StripeClient stripeClient(StripeProperties properties) {
        return StripeClient.builder()
                .setApiKey(properties.apiKey())
                .setApiBase(properties.apiBase())
                .setMaxNetworkRetries(2)
                .build();
    }

    @Bean
    StripePaymentProvider stripePaymentProvider(StripeClient stripe) {
        return new StripePaymentProvider(stripe);
    }
}
