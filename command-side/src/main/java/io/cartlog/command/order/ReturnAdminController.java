package io.cartlog.command.order;

import io.cartlog.command.common.RetryingCommands;
import io.cartlog.platform.readmodel.ReadModelQueries;
import io.cartlog.platform.readmodel.ReadYourWrites;
import io.cartlog.platform.web.ApiException;
import io.cartlog.queries.order.FindOrderQuery;
import io.cartlog.queries.order.OrderView;
import io.cartlog.queries.payment.FindPaymentCollectionQuery;
import io.cartlog.queries.payment.PaymentCollectionView;
import io.cartlog.queries.returns.FindReturnQuery;
import io.cartlog.queries.returns.ReturnView;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Staff receive a return (its items are restocked and its amount refunded) or cancel it. Each
 * answers the return and its order as their views show them after the change.
 */
@RestController
@RequestMapping("/admin/returns/{id}")
class ReturnAdminController {

    private final RetryingCommands commands;
    private final ReadModelQueries queries;
    private final ReadYourWrites readModel;

    ReturnAdminController(RetryingCommands commands, ReadModelQueries queries, ReadYourWrites readModel) {
        this.commands = commands;
        this.queries = queries;
        this.readModel = readModel;
    }

    @PostMapping("/receive")
    Map<String, Object> receive(@PathVariable String id) {
        ReturnView requested = existing(id);
        ReturnReceipt.Received received = commands.send(new ReceiveReturnCommand(requested.orderId(), id), null,
                "order");
        if (received.paymentCollectionVersion() != null) {
            readModel.awaitReported(new FindPaymentCollectionQuery(received.paymentCollectionId()),
                    PaymentCollectionView.class, PaymentCollectionView::version, received.paymentCollectionVersion());
        }
        return answer(id, requested.orderId(), received.orderVersion());
    }

    @PostMapping("/cancel")
    Map<String, Object> cancel(@PathVariable String id) {
        ReturnView requested = existing(id);
        long version = commands.send(new CancelReturnCommand(requested.orderId(), id), null, "order");
        return answer(id, requested.orderId(), version);
    }

    private ReturnView existing(String returnId) {
        return queries.find(new FindReturnQuery(returnId), ReturnView.class)
                .orElseThrow(() -> ApiException.notFound("not_found", "Return with id '" + returnId + "' was not found"));
    }

    private Map<String, Object> answer(String returnId, String orderId, long version) {
        return Map.of(
                "return", readModel.await(new FindReturnQuery(returnId), ReturnView.class, ReturnView::version, version),
                "order", readModel.awaitReported(new FindOrderQuery(orderId), OrderView.class, OrderView::version,
                        version));
    }
}
