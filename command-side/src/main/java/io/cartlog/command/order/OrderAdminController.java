package io.cartlog.command.order;

import io.cartlog.command.common.RetryingCommands;
import io.cartlog.events.common.Ids;
import io.cartlog.platform.readmodel.ReadModelQueries;
import io.cartlog.platform.readmodel.ReadYourWrites;
import io.cartlog.platform.web.ApiException;
import io.cartlog.platform.web.ExpectedVersion;
import io.cartlog.queries.order.FindOrderQuery;
import io.cartlog.queries.order.OrderView;
import io.cartlog.queries.payment.FindPaymentCollectionQuery;
import io.cartlog.queries.payment.PaymentCollectionView;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.function.BiFunction;

/**
 * Medusa v2's admin order routes after placement: cancel, fulfil, ship, deliver, complete. Each
 * answers the order as its view shows it after the change (a cancellation: with its payment's).
 */
@RestController
@RequestMapping("/admin/orders/{id}")
class OrderAdminController {

    private static final String IF_MATCH = "If-Match";

    private final RetryingCommands commands;
    private final ReadModelQueries queries;
    private final ReadYourWrites readModel;

    OrderAdminController(RetryingCommands commands, ReadModelQueries queries, ReadYourWrites readModel) {
        this.commands = commands;
        this.queries = queries;
        this.readModel = readModel;
    }

    @PostMapping("/cancel")
    Map<String, OrderView> cancel(@PathVariable String id, @RequestBody(required = false) OrderRequests.Versioned body,
                                  @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        String orderId = existing(id);
        Long expected = ExpectedVersion.of(body == null ? null : body.version(), ifMatch);
        OrderCancellation.Canceled canceled = commands.send(new CancelOrderCommand(orderId, expected), expected,
                "order");
        readModel.awaitReported(new FindPaymentCollectionQuery(canceled.paymentCollectionId()),
                PaymentCollectionView.class, PaymentCollectionView::version, canceled.paymentCollectionVersion());
        return orderAt(orderId, canceled.orderVersion());
    }

    /** The same {@code Idempotency-Key} names the same fulfillment, so a retried request packs once. */
    @PostMapping("/fulfillments")
    Map<String, OrderView> fulfil(@PathVariable String id, @RequestBody(required = false) OrderRequests.Fulfillment body,
                                  @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                  @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey) {
        String fulfillmentId = idempotencyKey == null || idempotencyKey.isBlank() ? Ids.next("ful")
                : Ids.derived("ful", id, idempotencyKey);
        return change(id, body == null ? null : body.version(), ifMatch, (orderId, expected) ->
                new CreateFulfillmentCommand(orderId, expected, fulfillmentId, body == null ? null : body.items()));
    }

    @PostMapping("/fulfillments/{fulfillmentId}/shipments")
    Map<String, OrderView> ship(@PathVariable String id, @PathVariable String fulfillmentId,
                                @RequestBody(required = false) OrderRequests.Shipment body,
                                @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        return change(id, body == null ? null : body.version(), ifMatch, (orderId, expected) ->
                new CreateShipmentCommand(orderId, expected, fulfillmentId, body == null ? null : body.labels()));
    }

    @PostMapping("/fulfillments/{fulfillmentId}/mark-as-delivered")
    Map<String, OrderView> deliver(@PathVariable String id, @PathVariable String fulfillmentId,
                                   @RequestBody(required = false) OrderRequests.Versioned body,
                                   @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        return change(id, body == null ? null : body.version(), ifMatch, (orderId, expected) ->
                new MarkFulfillmentDeliveredCommand(orderId, expected, fulfillmentId));
    }

    @PostMapping("/complete")
    Map<String, OrderView> complete(@PathVariable String id, @RequestBody(required = false) OrderRequests.Versioned body,
                                    @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        return change(id, body == null ? null : body.version(), ifMatch, CompleteOrderCommand::new);
    }

    /** Sends the order command made for the order's id and the version the client expects; answers the order after it. */
    private Map<String, OrderView> change(String id, Long bodyVersion, String ifMatch,
                                          BiFunction<String, Long, Object> command) {
        String orderId = existing(id);
        Long expected = ExpectedVersion.of(bodyVersion, ifMatch);
        long version = commands.send(command.apply(orderId, expected), expected, "order");
        return orderAt(orderId, version);
    }

    /** The order's id once its view knows it (which also keeps other aggregates' ids away from the order's stream). */
    private String existing(String orderId) {
        return queries.find(new FindOrderQuery(orderId), OrderView.class).map(OrderView::id)
                .orElseThrow(() -> ApiException.notFound("not_found", "Order with id '" + orderId + "' was not found"));
    }

    private Map<String, OrderView> orderAt(String orderId, long version) {
        return Map.of("order", readModel.awaitReported(new FindOrderQuery(orderId), OrderView.class, OrderView::version,
                version));
    }
}
