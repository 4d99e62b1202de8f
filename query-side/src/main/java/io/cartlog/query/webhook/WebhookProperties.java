package io.cartlog.query.webhook;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * Webhook delivery ({@code cartlog.webhooks.*}, or {@code CARTLOG_WEBHOOKS_*}).
 *
 * @param allowPrivateTargets accept subscription URLs on loopback and private networks (off: a
 *                            subscription could otherwise probe the shop's own network)
 * @param retrySchedule       the pauses before each retry of a failed delivery; after the last
 *                            one fails the delivery is dead-lettered. Each pause varies by ±20%.
 * @param secretOverlap       how long a rotated-out secret keeps signing next to the new one
 * @param connectTimeout      connecting to a receiver
 * @param readTimeout         waiting for a receiver's answer
 * @param workers             deliveries sent at once, over all subscriptions
 * @param perSubscription     deliveries sent at once to one subscription, so a slow receiver
 *                            leaves workers for the others
 * @param pollInterval        how often due retries, and deliveries queued by other nodes, are
 *                            looked for; deliveries queued on this node go out at once
 */
@ConfigurationProperties("cartlog.webhooks")
public record WebhookProperties(boolean allowPrivateTargets, List<Duration> retrySchedule, Duration secretOverlap,
                                Duration connectTimeout, Duration readTimeout, Integer workers,
                                Integer perSubscription, Duration pollInterval) {

    /** The version of the payload's shape, sent as {@code api_version}. */
    static final String API_VERSION = "2026-11-01";

    public WebhookProperties {
        retrySchedule = retrySchedule == null || retrySchedule.isEmpty()
                ? List.of(Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
                        Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12))
                : List.copyOf(retrySchedule);
        secretOverlap = secretOverlap == null ? Duration.ofHours(24) : secretOverlap;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(15) : readTimeout;
        workers = workers == null ? 32 : workers;
        perSubscription = perSubscription == null ? 16 : perSubscription;
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
    }

    /** How long a claimed delivery stays with its node: a node that died lets go after this. */
    Duration lease() {
        return connectTimeout.plus(readTimeout).plusSeconds(5);
    }
}
