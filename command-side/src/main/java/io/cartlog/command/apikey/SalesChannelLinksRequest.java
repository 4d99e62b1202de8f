package io.cartlog.command.apikey;

import jakarta.validation.constraints.Size;

import java.util.List;

/** Body of {@code POST /admin/api-keys/{id}/sales-channels}: Medusa's link batch. */
record SalesChannelLinksRequest(
        @Size(max = 100) List<@Size(max = 64) String> add,
        @Size(max = 100) List<@Size(max = 64) String> remove,
        Long version) {
}
