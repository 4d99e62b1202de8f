package io.cartlog.command.product;

import java.util.ArrayList;
import java.util.List;

/** A reference by id, as Medusa sends categories and sales channels: {@code [{"id": "pcat_…"}]}. */
public record IdRef(String id) {

    /** The ids, in order; a null reference becomes a null id, which the aggregate refuses by position. */
    static List<String> ids(List<IdRef> refs) {
        List<String> ids = new ArrayList<>();
        if (refs != null) {
            refs.forEach(ref -> ids.add(ref == null ? null : ref.id()));
        }
        return ids;
    }
}
