package io.cartlog.events.order;

import io.cartlog.events.common.Ids;

/**
 * Ids derived from an order's placement, so the checkout that reserves stock, the order that
 * releases or consumes it and the views that show its items all name the same things.
 */
public final class OrderIds {

    private OrderIds() {
    }

    /** The order's item ({@code ordli_…}) made from a cart line. */
    public static String item(String orderId, String lineItemId) {
        return Ids.derived("ordli", orderId, lineItemId);
    }

    /** The stock reservation a checkout holds for a cart line. */
    public static String reservation(String checkoutId, String lineItemId) {
        return Ids.derived("resitem", checkoutId, lineItemId);
    }
}
