package io.cartlog.command.payment.stripe;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cartlog.payments.stripe.*}: Stripe is offered only when {@code apiKey} is set.
 *
 * @param apiKey        the secret key ({@code sk_…})
 * @param webhookSecret the signing secret of the webhook endpoint ({@code whsec_…})
 * @param apiBase       where Stripe's API is; another address only for tests
 */
@ConfigurationProperties("cartlog.payments.stripe")
public record StripeProperties(String apiKey, String webhookSecret, String apiBase) {

    public StripeProperties {
        apiBase = apiBase == null || apiBase.isBlank() ? "https://api.stripe.com" : apiBase;
    }
}
