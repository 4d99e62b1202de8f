package io.cartlog.command.common;

import io.cartlog.platform.web.ApiException;

/**
 * The set rule "a handle names at most one product (category, collection)", kept in a lookup
 * table written in the same transaction as the events of the command that claims or releases
 * a handle. Because it lists every live category and collection, it also answers whether one
 * exists, so a product never references a category or collection that was never created.
 * Command handlers get it injected.
 */
public interface CatalogHandles {

    /** Claims {@code handle} for {@code ownerId}; refused with {@code invalid_data} when another owner holds it. */
    void claim(CatalogKind kind, String handle, String ownerId);

    void release(CatalogKind kind, String handle, String ownerId);

    boolean exists(CatalogKind kind, String ownerId);

    /** Medusa's refusal of a taken handle. */
    static ApiException taken(CatalogKind kind, String handle) {
        return ApiException.invalidData(kind.displayName() + " with " + kind.field() + ": " + handle + ", already exists.");
    }
}
