package io.cartlog.platform.storefront;

import java.util.Set;

/**
 * The publishable key a storefront call presented, and the sales channels it opens.
 * An empty set means the key is not scoped to any channel and sees every one.
 */
public record PublishableKey(String id, String token, Set<String> salesChannelIds) {

    public static final String REQUEST_ATTRIBUTE = PublishableKey.class.getName();

    public boolean opens(String salesChannelId) {
        return salesChannelIds.isEmpty() || salesChannelIds.contains(salesChannelId);
    }
}
