package io.cartlog.query.inventory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The inventory-view table: one row per inventory item. Every write names the item's version it
 * brings the row to and changes nothing when the row is already there, so an event applied twice
 * counts once.
 */
@Repository
class InventoryRepository {

    private final JdbcClient jdbc;

    InventoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets the stocked units, creating the row on the item's first event; false when already applied. */
    boolean setStocked(String variantId, long stockedQuantity, long version) {
        int updated = jdbc.sql("""
                        UPDATE inventory_view SET stocked_quantity = ?, version = ?
                        WHERE variant_id = ? AND version < ?""")
                .params(stockedQuantity, version, variantId, version)
                .update();
        if (updated == 1) {
            return true;
        }
        return jdbc.sql("""
                        INSERT INTO inventory_view (variant_id, stocked_quantity, reserved_quantity, version)
                        SELECT ?, ?, 0, ? WHERE NOT EXISTS (SELECT 1 FROM inventory_view WHERE variant_id = ?)""")
                .params(variantId, stockedQuantity, version, variantId)
                .update() == 1;
    }

    /** Adds {@code delta} (negative for a release) to the reserved units; false when already applied. */
    boolean addReserved(String variantId, long delta, long version) {
        return jdbc.sql("""
                        UPDATE inventory_view SET reserved_quantity = reserved_quantity + ?, version = ?
                        WHERE variant_id = ? AND version < ?""")
                .params(delta, version, variantId, version)
                .update() == 1;
    }

    /**
     * Takes reserved units off the shelf: both figures go down, stock not below 0 (the catalog may
     * have set it below what was reserved); false when already applied.
     */
    boolean consume(String variantId, long quantity, long version) {
        return jdbc.sql("""
                        UPDATE inventory_view SET stocked_quantity = GREATEST(stocked_quantity - ?, 0),
                            reserved_quantity = reserved_quantity - ?, version = ?
                        WHERE variant_id = ? AND version < ?""")
                .params(quantity, quantity, version, variantId, version)
                .update() == 1;
    }

    /** Puts returned units back on the shelf; false when already applied. */
    boolean restock(String variantId, long quantity, long version) {
        return jdbc.sql("""
                        UPDATE inventory_view SET stocked_quantity = stocked_quantity + ?, version = ?
                        WHERE variant_id = ? AND version < ?""")
                .params(quantity, version, variantId, version)
                .update() == 1;
    }

    /** Stocked less reserved, never below zero, of the variants among {@code variantIds} that have an item. */
    Map<String, Long> available(Collection<String> variantIds) {
        Map<String, Long> available = new HashMap<>();
        if (!variantIds.isEmpty()) {
            jdbc.sql("SELECT variant_id, stocked_quantity, reserved_quantity FROM inventory_view WHERE variant_id IN (:ids)")
                    .param("ids", variantIds)
                    .query((rs, n) -> available.put(rs.getString("variant_id"),
                            Math.max(0, rs.getLong("stocked_quantity") - rs.getLong("reserved_quantity"))))
                    .list();
        }
        return available;
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM inventory_view").update();
    }
}
