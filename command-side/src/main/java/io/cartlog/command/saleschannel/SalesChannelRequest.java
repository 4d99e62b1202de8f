package io.cartlog.command.saleschannel;

import jakarta.validation.constraints.Size;

import java.util.Map;

/** Body of {@code POST /admin/sales-channels} and {@code POST /admin/sales-channels/{id}}, as Medusa's admin API names it. */
record SalesChannelRequest(
        @Size(max = 255) String name,
        @Size(max = 2000) String description,
        Boolean isDisabled,
        Map<String, Object> metadata,
        Long version) {
}
