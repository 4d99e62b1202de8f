package io.cartlog.queries.order;

import io.cartlog.queries.cart.CartView.AddressView;
import io.cartlog.queries.payment.PaymentCollectionView;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An order as Medusa v2's API shows it, amounts in minor units. {@code status} is {@code pending},
 * {@code completed} or {@code canceled}; {@code paymentStatus} and {@code fulfillmentStatus} take
 * Medusa's values; {@code version} is the order's, its payment collection has its own.
 * {@code returnRequestedTotal} and {@code returnReceivedTotal} are what the order's open and its
 * received returns refund (their items' share of what was paid, less return shipping).
 */
public record OrderView(
        String id,
        String status,
        long displayId,
        String cartId,
        String currencyCode,
        String regionId,
        String email,
        String customerId,
        String salesChannelId,
        String paymentStatus,
        String fulfillmentStatus,
        List<ItemView> items,
        List<ShippingMethodView> shippingMethods,
        AddressView shippingAddress,
        AddressView billingAddress,
        List<FulfillmentView> fulfillments,
        List<PaymentCollectionView> paymentCollections,
        SummaryView summary,
        long total,
        long subtotal,
        long taxTotal,
        long discountTotal,
        long itemTotal,
        long itemSubtotal,
        long itemTaxTotal,
        long shippingTotal,
        long shippingSubtotal,
        long shippingTaxTotal,
        long returnRequestedTotal,
        long returnReceivedTotal,
        Instant createdAt,
        Instant updatedAt,
        Instant canceledAt,
        long version) {

    public record ItemView(
            String id,
            String title,
            String thumbnail,
            String variantId,
            String productId,
            String productTitle,
            String productHandle,
            String variantSku,
            String variantTitle,
            long quantity,
            long unitPrice,
            long subtotal,
            long discountTotal,
            long taxTotal,
            long total,
            long returnRequestedTotal,
            long returnReceivedTotal,
            Map<String, Object> metadata,
            ItemDetailView detail) {
    }

    /** How much of an item went where, as Medusa's {@code item.detail}. */
    public record ItemDetailView(
            String itemId,
            long quantity,
            long fulfilledQuantity,
            long shippedQuantity,
            long deliveredQuantity,
            long returnRequestedQuantity,
            long returnReceivedQuantity) {
    }

    public record ShippingMethodView(
            String id,
            String shippingOptionId,
            String name,
            long amount,
            long subtotal,
            long discountTotal,
            long taxTotal,
            long total) {
    }

    public record FulfillmentView(
            String id,
            List<FulfillmentItemView> items,
            List<LabelView> labels,
            Instant shippedAt,
            Instant deliveredAt,
            Instant createdAt,
            Instant updatedAt) {
    }

    public record FulfillmentItemView(String id, String lineItemId, String title, String sku, long quantity) {
    }

    public record LabelView(String trackingNumber, String trackingUrl, String labelUrl) {
    }

    /**
     * Medusa's order {@code summary}: {@code paidTotal} is what was captured, {@code transactionTotal}
     * captured less refunded, {@code pendingDifference} what the customer still owes (negative: what
     * is owed to them). A canceled order's current total is 0; received returns take what they refund off it.
     */
    public record SummaryView(
            long currentOrderTotal,
            long originalOrderTotal,
            long accountingTotal,
            long creditLineTotal,
            long paidTotal,
            long refundedTotal,
            long transactionTotal,
            long pendingDifference) {
    }
}
