package io.cartlog.command.returnreason;

import jakarta.validation.constraints.Size;

import java.util.Map;

/** Body of {@code POST /admin/return-reasons} and {@code POST /admin/return-reasons/{id}}, as Medusa's admin API names it. */
record ReturnReasonRequest(
        @Size(max = 100) String value,
        @Size(max = 255) String label,
        @Size(max = 2000) String description,
        Map<String, Object> metadata,
        Long version) {
}
