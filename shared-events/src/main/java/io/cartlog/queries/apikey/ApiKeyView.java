package io.cartlog.queries.apikey;

import java.time.Instant;
import java.util.List;

/**
 * An API key as Medusa's admin API shows it. {@code token} is the publishable key's token;
 * for a secret key it is empty, as in Medusa, except in the answer to its creation.
 * {@code createdBy}, {@code revokedBy} and {@code lastUsedAt} stay null until events carry
 * their actor and key use is tracked.
 */
public record ApiKeyView(
        String id,
        String token,
        String redacted,
        String title,
        String type,
        Instant lastUsedAt,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        String revokedBy,
        Instant revokedAt,
        Instant deletedAt,
        List<SalesChannelSummary> salesChannels,
        long version) {

    /** The same key showing {@code token} instead, for the one answer that reveals a secret key. */
    public ApiKeyView revealing(String clearToken) {
        return new ApiKeyView(id, clearToken, redacted, title, type, lastUsedAt, createdBy, createdAt, updatedAt,
                revokedBy, revokedAt, deletedAt, salesChannels, version);
    }

    /** A linked sales channel; {@code name} is null once the channel was deleted. */
    public record SalesChannelSummary(String id, String name) {
    }
}
