package io.cartlog.queries.returns;

public record FindReturnQuery(String returnId) {
}
