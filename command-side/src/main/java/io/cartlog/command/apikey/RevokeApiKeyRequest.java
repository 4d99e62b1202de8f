package io.cartlog.command.apikey;

import java.math.BigDecimal;

/** Optional body of {@code POST /admin/api-keys/{id}/revoke}. */
record RevokeApiKeyRequest(BigDecimal revokeIn, Long version) {
}
