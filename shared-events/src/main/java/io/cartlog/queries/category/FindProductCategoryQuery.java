package io.cartlog.queries.category;

public record FindProductCategoryQuery(String categoryId) {
}
