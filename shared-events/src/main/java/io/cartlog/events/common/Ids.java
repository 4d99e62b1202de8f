package io.cartlog.events.common;

import com.github.f4b6a3.ulid.UlidCreator;

import java.util.Map;
import java.util.Optional;

/** Prefixed, time-ordered identifiers such as {@code prod_01H...}, as Medusa issues them. */
public final class Ids {

    private Ids() {
    }

    /** What each prefix names, for messages such as "Region with id 'reg_…' not found". */
    private static final Map<String, String> RESOURCES = Map.ofEntries(
            Map.entry("reg", "region"),
            Map.entry("prod", "product"),
            Map.entry("variant", "variant"),
            Map.entry("pcat", "product_category"),
            Map.entry("pcol", "product_collection"),
            Map.entry("so", "shipping_option"),
            Map.entry("sc", "sales_channel"),
            Map.entry("apk", "api_key"),
            Map.entry("cart", "cart"),
            Map.entry("cali", "line_item"),
            Map.entry("casm", "shipping_method"),
            Map.entry("order", "order"),
            Map.entry("cus", "customer"),
            Map.entry("promo", "promotion"));

    public static String next(String prefix) {
        return prefix + "_" + UlidCreator.getMonotonicUlid();
    }

    /** The id of another resource that belongs to {@code id} one to one: the same ULID under {@code prefix}. */
    public static String derived(String id, String prefix) {
        return prefix + id.substring(id.indexOf('_'));
    }

    /** The resource an id names by its prefix ({@code reg_…} is a region), if the prefix is known. */
    public static Optional<String> resourceOf(String id) {
        int underscore = id == null ? -1 : id.indexOf('_');
        return underscore < 0 ? Optional.empty() : Optional.ofNullable(RESOURCES.get(id.substring(0, underscore)));
    }
}
