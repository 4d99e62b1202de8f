package io.cartlog.platform.storefront;

import java.util.Optional;

/** Finds an active publishable key by the token a storefront sends in {@code x-publishable-api-key}. */
public interface PublishableKeyDirectory {

    Optional<PublishableKey> findActive(String token);
}
