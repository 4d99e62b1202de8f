package io.cartlog.query.webhook;

import java.time.Instant;
import java.util.List;

/**
 * Where events go and which: {@code eventTypes} holds exact types and wildcards such as
 * {@code cart.*}; empty takes every type. A rotated-out secret keeps signing until
 * {@code previousSecretExpiresAt}, so receivers can switch without losing a delivery.
 */
record WebhookSubscription(String id, String url, List<String> eventTypes, String description, boolean active,
                           String secret, String previousSecret, Instant previousSecretExpiresAt, boolean failing,
                           Instant createdAt, Instant updatedAt) {

    boolean wants(String type) {
        return eventTypes.isEmpty() || eventTypes.stream().anyMatch(filter -> filter.equals("*")
                || filter.equals(type)
                || filter.endsWith(".*") && type.startsWith(filter.substring(0, filter.length() - 1)));
    }

    /** The secrets that sign a delivery sent at {@code now}: the current one, and the previous while it overlaps. */
    List<String> signingSecrets(Instant now) {
        return previousSecret != null && previousSecretExpiresAt != null && now.isBefore(previousSecretExpiresAt)
                ? List.of(secret, previousSecret) : List.of(secret);
    }
}
