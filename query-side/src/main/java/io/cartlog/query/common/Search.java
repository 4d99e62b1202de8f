package io.cartlog.query.common;

import java.util.Locale;

/** A free-text {@code q} as a case-insensitive pattern for {@code LOWER(column) LIKE ? ESCAPE '\'}. */
public final class Search {

    public static final String LIKE = " LIKE ? ESCAPE '\\'";

    private Search() {
    }

    /** Matches values containing {@code q}; its own {@code %} and {@code _} match only themselves. */
    public static String containing(String q) {
        String escaped = q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
