package io.cartlog.command.order;

import io.cartlog.command.common.RetryingCommands;
import io.cartlog.events.common.Ids;
import io.cartlog.events.returns.ReturnRequestedEvent;
import io.cartlog.platform.auth.CurrentCustomer;
import io.cartlog.platform.readmodel.ReadModelQueries;
import io.cartlog.platform.readmodel.ReadYourWrites;
import io.cartlog.platform.web.ApiException;
import io.cartlog.queries.order.FindOrderQuery;
import io.cartlog.queries.order.OrderView;
import io.cartlog.queries.returnreason.FindReturnReasonQuery;
import io.cartlog.queries.returnreason.ReturnReasonView;
import io.cartlog.queries.returns.FindReturnQuery;
import io.cartlog.queries.returns.ReturnView;
import io.cartlog.queries.shipping.FindShippingOptionQuery;
import io.cartlog.queries.shipping.ShippingOptionView;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * {@code POST /store/returns}: a shopper asks to send fulfilled items back. Reasons and the
 * return shipping option are checked against their read models here; the order decides what may
 * be returned and what it refunds. The same {@code Idempotency-Key} names the same return.
 */
@RestController
class StoreReturnController {

    private final RetryingCommands commands;
    private final ReadModelQueries queries;
    private final ReadYourWrites readModel;

    StoreReturnController(RetryingCommands commands, ReadModelQueries queries, ReadYourWrites readModel) {
        this.commands = commands;
        this.queries = queries;
        this.readModel = readModel;
    }

    /**
     * Medusa's body; {@code return_shipping.price} is not taken from the shopper: the option's
     * price in the order's region is.
     */
    record StoreReturnRequest(String orderId, List<RequestReturnCommand.Item> items, ReturnShipping returnShipping,
                              String note) {
    }

    record ReturnShipping(String optionId) {
    }

    @PostMapping("/store/returns")
    Map<String, ReturnView> create(@RequestBody(required = false) StoreReturnRequest body,
                                   @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey) {
        if (body == null || body.orderId() == null || body.orderId().isBlank()) {
            throw ApiException.invalidData("Invalid request: Field 'order_id' is required");
        }
        // A customer's order is returned by that customer only; to anyone else it does not exist.
        OrderView order = queries.find(new FindOrderQuery(body.orderId()), OrderView.class)
                .filter(found -> found.customerId() == null
                        || found.customerId().equals(CurrentCustomer.id().orElse(null)))
                .orElseThrow(() -> ApiException.notFound("not_found", "Order with id '" + body.orderId()
                        + "' was not found"));
        requireReasons(body.items());
        String returnId = idempotencyKey == null || idempotencyKey.isBlank() ? Ids.next("ret")
                : Ids.derived("ret", order.id(), idempotencyKey);
        long version = commands.send(new RequestReturnCommand(order.id(), returnId, body.items(),
                shipping(body.returnShipping(), order), body.note()), null, "order");
        ReturnView requested = readModel.await(new FindReturnQuery(returnId), ReturnView.class, ReturnView::version,
                version);
        // The order shows what was asked back too: a GET of it right after sees the request.
        readModel.awaitReported(new FindOrderQuery(order.id()), OrderView.class, OrderView::version, version);
        return Map.of("return", requested);
    }

    private void requireReasons(List<RequestReturnCommand.Item> items) {
        for (int i = 0; items != null && i < items.size(); i++) {
            String reasonId = items.get(i) == null ? null : items.get(i).reasonId();
            if (reasonId != null && !reasonId.isBlank()
                    && queries.find(new FindReturnReasonQuery(reasonId), ReturnReasonView.class).isEmpty()) {
                throw ApiException.invalidData("Invalid request: Field 'items[" + i + "].reason_id': return reason '"
                        + reasonId + "' does not exist");
            }
        }
    }

    private ReturnRequestedEvent.Shipping shipping(ReturnShipping requested, OrderView order) {
        if (requested == null) {
            return null;
        }
        if (requested.optionId() == null || requested.optionId().isBlank()) {
            throw ApiException.invalidData("Invalid request: Field 'return_shipping.option_id' is required");
        }
        ShippingOptionView option = queries.find(new FindShippingOptionQuery(requested.optionId()),
                        ShippingOptionView.class)
                .filter(found -> found.deletedAt() == null && order.regionId().equals(found.regionId())
                        && found.amount() != null)
                .orElseThrow(() -> ApiException.invalidData("Invalid request: Field 'return_shipping.option_id': "
                        + "shipping option '" + requested.optionId() + "' is not offered in the order's region"));
        return new ReturnRequestedEvent.Shipping(option.id(), option.name(), option.amount());
    }
}
