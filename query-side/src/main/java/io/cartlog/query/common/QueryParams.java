package io.cartlog.query.common;

import jakarta.servlet.http.HttpServletRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Query parameters that may repeat, in every spelling storefront clients use:
 * {@code id=a&id=b}, {@code id[]=a&id[]=b} and, as Medusa's JS SDK sends them, {@code id[0]=a&id[1]=b}.
 */
public final class QueryParams {

    private static final Pattern INDEXED = Pattern.compile("\\[\\d*]");

    private QueryParams() {
    }

    public static List<String> values(HttpServletRequest request, String name) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String key = parameter.getKey();
            if (key.equals(name) || key.startsWith(name + "[") && INDEXED.matcher(key.substring(name.length())).matches()) {
                for (String value : parameter.getValue()) {
                    if (!value.isBlank()) {
                        values.add(value.trim());
                    }
                }
            }
        }
        return values;
    }

    /** A LIKE pattern matching {@code text} anywhere, case-insensitively against lower-cased columns. */
    public static String containsPattern(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
