package io.cartlog.query.inventory;

import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What other read models show as a variant's stock: the units available (stocked less reserved)
 * of variants that have an inventory item. A variant without one is not stock-tracked (or its
 * item is not projected yet), and callers keep the catalog's figure for it.
 */
@Component
public class InventoryLookup {

    private final InventoryRepository inventory;

    InventoryLookup(InventoryRepository inventory) {
        this.inventory = inventory;
    }

    /** Available units by variant id, for those of {@code variantIds} that have an inventory item. */
    public Map<String, Long> available(Collection<String> variantIds) {
        return inventory.available(variantIds);
    }

    public OptionalLong available(String variantId) {
        Long available = inventory.available(List.of(variantId)).get(variantId);
        return available == null ? OptionalLong.empty() : OptionalLong.of(available);
    }
}
