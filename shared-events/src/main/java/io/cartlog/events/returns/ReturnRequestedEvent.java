package io.cartlog.events.returns;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A shopper asked to send fulfilled items of an order back. The order fixes what it will refund
 * on receipt now: each item's share of what was paid for it, less the return shipping.
 *
 * @param shipping the return shipping the shopper chose; null when they ship it themselves
 * @param refundAmount what receiving every item refunds, in minor units
 */
@PublicEvent("return.requested")
@Revision("1")
public record ReturnRequestedEvent(
        String orderId,
        String returnId,
        List<Item> items,
        Shipping shipping,
        String note,
        long refundAmount) {

    /**
     * @param itemId the order's item ({@code ordli_…})
     * @param refundAmount this item's part of the return's refund
     */
    public record Item(String itemId, long quantity, String reasonId, String note, long refundAmount) {
    }

    public record Shipping(String shippingOptionId, String name, long amount) {
    }
}
