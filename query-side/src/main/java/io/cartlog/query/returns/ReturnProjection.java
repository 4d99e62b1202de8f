package io.cartlog.query.returns;

import io.cartlog.events.common.Ids;
import io.cartlog.events.returns.ReturnCanceledEvent;
import io.cartlog.events.returns.ReturnReceivedEvent;
import io.cartlog.events.returns.ReturnRequestedEvent;
import io.cartlog.platform.projection.ReadModel;
import io.cartlog.platform.web.ApiException;
import io.cartlog.query.common.Page;
import io.cartlog.queries.returns.FindReturnQuery;
import io.cartlog.queries.returns.ReturnView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Keeps each return as Medusa shows it. Returns are events of their order's stream, so a row's
 * version is the order's; an event not newer than the row is a redelivery and skipped.
 */
@Component
@ProcessingGroup(ReturnProjection.GROUP)
@ReadModel(tables = "return_view")
class ReturnProjection {

    static final String GROUP = "return-view";

    private final ReturnViewRepository returns;

    ReturnProjection(ReturnViewRepository returns) {
        this.returns = returns;
    }

    @EventHandler
    void on(ReturnRequestedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        List<ReturnView.ItemView> items = event.items().stream()
                .map(item -> new ReturnView.ItemView(Ids.derived("retitem", event.returnId(), item.itemId()),
                        event.returnId(), item.itemId(), item.quantity(), 0, item.reasonId(), item.note(),
                        item.refundAmount()))
                .toList();
        List<ReturnView.ShippingMethodView> shipping = event.shipping() == null ? List.of()
                : List.of(new ReturnView.ShippingMethodView(event.shipping().shippingOptionId(),
                        event.shipping().name(), event.shipping().amount()));
        returns.insert(new ReturnView(event.returnId(), event.orderId(), "requested", items, shipping, event.note(),
                event.refundAmount(), null, at, null, null, at, at, version));
    }

    @EventHandler
    void on(ReturnReceivedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.returnId(), version, r -> new ReturnView(r.id(), r.orderId(), "received",
                r.items().stream().map(item -> new ReturnView.ItemView(item.id(), item.returnId(), item.itemId(),
                        item.quantity(), item.quantity(), item.reasonId(), item.note(), item.refundAmount())).toList(),
                r.shippingMethods(), r.note(), r.refundAmount(), event.refundId(), r.requestedAt(), at, null,
                r.createdAt(), at, version));
    }

    @EventHandler
    void on(ReturnCanceledEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.returnId(), version, r -> new ReturnView(r.id(), r.orderId(), "canceled", r.items(),
                r.shippingMethods(), r.note(), r.refundAmount(), null, r.requestedAt(), null, at, r.createdAt(), at,
                version));
    }

    @ResetHandler
    void reset() {
        returns.deleteAll();
    }

    @QueryHandler
    Optional<ReturnView> handle(FindReturnQuery query) {
        return returns.find(query.returnId());
    }

    ReturnView require(String returnId) {
        return returns.find(returnId)
                .orElseThrow(() -> ApiException.notFound("not_found", "Return with id '" + returnId + "' was not found"));
    }

    private void change(String returnId, long version, UnaryOperator<ReturnView> change) {
        returns.find(returnId)
                .filter(stored -> stored.version() < version)
                .ifPresent(stored -> returns.save(change.apply(stored)));
    }

    List<ReturnView> list(String orderId, Page page) {
        return returns.list(orderId, page);
    }

    long count(String orderId) {
        return returns.count(orderId);
    }
}
