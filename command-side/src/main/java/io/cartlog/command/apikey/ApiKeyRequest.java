package io.cartlog.command.apikey;

import jakarta.validation.constraints.Size;

/** Body of {@code POST /admin/api-keys} and {@code POST /admin/api-keys/{id}}, as Medusa's admin API names it. */
record ApiKeyRequest(@Size(max = 255) String title, String type, Long version) {
}
