package io.cartlog.queries.promotion;

/** A live promotion by its id; deleted ones are not found. */
public record FindPromotionQuery(String promotionId) {
}
