package io.cartlog.command.collection;

import io.cartlog.command.common.Patch;

import java.util.Map;

/** Body of {@code POST /admin/collections} and {@code POST /admin/collections/{id}}, as Medusa's admin API names it. */
record ProductCollectionRequest(String title, String handle, Patch<Map<String, Object>> metadata, Long version) {

    CreateProductCollectionCommand toCreateCommand(String collectionId) {
        return new CreateProductCollectionCommand(collectionId, title, handle, Patch.apply(metadata, null));
    }

    UpdateProductCollectionCommand toUpdateCommand(String collectionId, Long expectedVersion) {
        return new UpdateProductCollectionCommand(collectionId, expectedVersion, title, handle, metadata);
    }
}
