package io.cartlog.events.returns;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

/**
 * Every item of a return arrived back: restocked and refunded in the same transaction.
 *
 * @param refundId the refund on the order's payment; null when the return refunds nothing
 */
@PublicEvent("return.received")
@Revision("1")
public record ReturnReceivedEvent(String orderId, String returnId, String refundId, long refundAmount) {
}
