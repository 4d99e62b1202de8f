package io.cartlog.queries.returnreason;

public record FindReturnReasonQuery(String returnReasonId) {
}
