package io.cartlog.command.common;

import java.util.HashMap;
import java.util.Map;

/** Predictable ids for aggregate tests: {@code variant_1}, {@code variant_2}, {@code price_1}, … per prefix. */
public class SequentialIds implements IdSource {

    private final Map<String, Integer> issued = new HashMap<>();

    @Override
    public String next(String prefix) {
        return prefix + "_" + issued.merge(prefix, 1, Integer::sum);
    }

    /** Marks the first {@code count} ids of {@code prefix} as issued, as when events in a test's given used them. */
    public SequentialIds issued(String prefix, int count) {
        issued.merge(prefix, count, Integer::sum);
        return this;
    }
}
