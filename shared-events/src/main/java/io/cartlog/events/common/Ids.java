package io.cartlog.events.common;

import com.github.f4b6a3.ulid.Ulid;
import com.github.f4b6a3.ulid.UlidCreator;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
            Map.entry("promo", "promotion"),
            Map.entry("rr", "return_reason"),
            Map.entry("ret", "return"),
            Map.entry("cuaddr", "customer_address"));

    public static String next(String prefix) {
        return prefix + "_" + UlidCreator.getMonotonicUlid();
    }

    /**
     * An id in the same format for something computed rather than stored (a line's promotion
     * adjustment): the same parts always give the same id, different parts practically never do.
     * It is not time-ordered.
     */
    public static String derived(String prefix, String... parts) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha256.update(part.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            }
            ByteBuffer digest = ByteBuffer.wrap(sha256.digest());
            return prefix + "_" + new Ulid(digest.getLong(), digest.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * The id of a resource that exists once per {@code id}'s resource and is made with it (the
     * order of a checkout): the same ULID under another prefix, so it is time-ordered too.
     */
    public static String sibling(String prefix, String id) {
        return prefix + id.substring(id.indexOf('_'));
    }

    /** The resource an id names by its prefix ({@code reg_…} is a region), if the prefix is known. */
    public static Optional<String> resourceOf(String id) {
        int underscore = id == null ? -1 : id.indexOf('_');
        return underscore < 0 ? Optional.empty() : Optional.ofNullable(RESOURCES.get(id.substring(0, underscore)));
    }
}
