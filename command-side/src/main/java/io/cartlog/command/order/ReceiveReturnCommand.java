package io.cartlog.command.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Receives every item of a requested return: restocks them and refunds the return's amount on the
 * order's payment in one transaction ({@link ReturnReceipt}); answers {@link ReturnReceipt.Received}.
 */
public record ReceiveReturnCommand(@TargetAggregateIdentifier String orderId, String returnId) {
}
