package io.cartlog.command.common;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * {@link CatalogHandles} on the {@code catalog_handle} table. Command handlers run inside the
 * command bus's transaction, which is also the one that appends their events, so a claim and
 * the events stand or fall together; two concurrent claims of one handle meet at the primary key.
 */
@Component
class JdbcCatalogHandles implements CatalogHandles {

    private final JdbcClient jdbc;

    JdbcCatalogHandles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(CatalogKind kind, String handle, String ownerId) {
        Optional<String> owner = jdbc.sql("SELECT owner_id FROM catalog_handle WHERE kind = ? AND handle = ?")
                .params(kind.key(), handle).query(String.class).optional();
        if (owner.isPresent()) {
            if (!owner.get().equals(ownerId)) {
                throw CatalogHandles.taken(kind, handle);
            }
            return;
        }
        try {
            jdbc.sql("INSERT INTO catalog_handle (kind, handle, owner_id) VALUES (?, ?, ?)")
                    .params(kind.key(), handle, ownerId).update();
        } catch (DuplicateKeyException concurrentClaim) {
            throw CatalogHandles.taken(kind, handle);
        }
    }

    @Override
    public void release(CatalogKind kind, String handle, String ownerId) {
        jdbc.sql("DELETE FROM catalog_handle WHERE kind = ? AND handle = ? AND owner_id = ?")
                .params(kind.key(), handle, ownerId).update();
    }

    @Override
    public boolean exists(CatalogKind kind, String ownerId) {
        return jdbc.sql("SELECT COUNT(*) FROM catalog_handle WHERE kind = ? AND owner_id = ?")
                .params(kind.key(), ownerId).query(Long.class).single() > 0;
    }
}
