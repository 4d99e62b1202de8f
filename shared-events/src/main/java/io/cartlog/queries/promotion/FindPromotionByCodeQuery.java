package io.cartlog.queries.promotion;

/** A promotion by its code, compared case-insensitively, whatever its status. */
public record FindPromotionByCodeQuery(String code) {
}
