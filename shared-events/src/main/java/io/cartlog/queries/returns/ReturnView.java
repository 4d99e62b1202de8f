package io.cartlog.queries.returns;

import java.time.Instant;
import java.util.List;

/**
 * A return as Medusa v2 shows it, amounts in minor units. {@code status} is {@code requested},
 * {@code received} or {@code canceled}; {@code version} is its order's, whose stream it is part of.
 */
public record ReturnView(
        String id,
        String orderId,
        String status,
        List<ItemView> items,
        List<ShippingMethodView> shippingMethods,
        String note,
        long refundAmount,
        String refundId,
        Instant requestedAt,
        Instant receivedAt,
        Instant canceledAt,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** @param itemId the order's item ({@code ordli_…}) */
    public record ItemView(String id, String returnId, String itemId, long quantity, long receivedQuantity,
                           String reasonId, String note, long refundAmount) {
    }

    public record ShippingMethodView(String shippingOptionId, String name, long amount) {
    }
}
