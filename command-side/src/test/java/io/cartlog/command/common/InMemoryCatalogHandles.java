package io.cartlog.command.common;

import java.util.HashMap;
import java.util.Map;

/** {@link CatalogHandles} for aggregate tests: the same rule, kept in a map. */
public class InMemoryCatalogHandles implements CatalogHandles {

    private final Map<String, String> owners = new HashMap<>();

    /** Registers an existing owner, as if created earlier. */
    public InMemoryCatalogHandles with(CatalogKind kind, String handle, String ownerId) {
        owners.put(kind.key() + "/" + handle, ownerId);
        return this;
    }

    @Override
    public void claim(CatalogKind kind, String handle, String ownerId) {
        String owner = owners.putIfAbsent(kind.key() + "/" + handle, ownerId);
        if (owner != null && !owner.equals(ownerId)) {
            throw CatalogHandles.taken(kind, handle);
        }
    }

    @Override
    public void release(CatalogKind kind, String handle, String ownerId) {
        owners.remove(kind.key() + "/" + handle, ownerId);
    }

    @Override
    public boolean exists(CatalogKind kind, String ownerId) {
        return owners.entrySet().stream()
                .anyMatch(entry -> entry.getKey().startsWith(kind.key() + "/") && entry.getValue().equals(ownerId));
    }

    public String ownerOf(CatalogKind kind, String handle) {
        return owners.get(kind.key() + "/" + handle);
    }
}
