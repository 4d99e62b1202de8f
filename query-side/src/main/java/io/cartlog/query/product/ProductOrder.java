package io.cartlog.query.product;

import io.cartlog.platform.web.ApiException;

import java.util.Map;

/** A listing's {@code order}: a column, descending when prefixed with {@code -}, ties broken by id. */
record ProductOrder(String column, boolean descending) {

    private static final Map<String, String> COLUMNS = Map.of(
            "created_at", "p.created_at",
            "updated_at", "p.updated_at",
            "title", "p.title",
            "handle", "p.handle");

    static final ProductOrder DEFAULT = new ProductOrder("p.created_at", false);

    static ProductOrder parse(String order) {
        if (order == null || order.isBlank()) {
            return DEFAULT;
        }
        String trimmed = order.trim();
        boolean descending = trimmed.startsWith("-");
        String column = COLUMNS.get(descending ? trimmed.substring(1) : trimmed);
        if (column == null) {
            throw ApiException.invalidData("Invalid request: 'order' must be one of created_at, updated_at, title, "
                    + "handle, prefixed with '-' for descending order; got '" + order + "'");
        }
        return new ProductOrder(column, descending);
    }

    String sql() {
        String direction = descending ? " DESC" : " ASC";
        return column + direction + ", p.id" + direction;
    }
}
