package io.cartlog.queries.promotion;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.math.BigDecimal;

/**
 * A promotion as the admin API answers it: every field of {@link PromotionView}, flat, plus
 * Medusa v2's nested {@code application_method} so Medusa's admin clients find the method where
 * they look for it. The flat {@code type} is the view's ({@code percentage}/{@code fixed}), not
 * Medusa's promotion type: only Medusa's {@code standard} promotions exist here, so that is implied.
 */
public record AdminPromotion(@JsonUnwrapped PromotionView promotion, ApplicationMethod applicationMethod) {

    public static AdminPromotion of(PromotionView view) {
        return new AdminPromotion(view, new ApplicationMethod(view.type(),
                "shipping".equals(view.target()) ? "shipping_methods" : view.target(), view.value(), view.currencyCode()));
    }

    /** Medusa's names: {@code target_type} is {@code items} or {@code shipping_methods}. */
    public record ApplicationMethod(String type, String targetType, BigDecimal value, String currencyCode) {
    }
}
