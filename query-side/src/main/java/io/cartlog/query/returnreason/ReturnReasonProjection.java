package io.cartlog.query.returnreason;

import io.cartlog.events.returnreason.ReturnReasonCreatedEvent;
import io.cartlog.events.returnreason.ReturnReasonDeletedEvent;
import io.cartlog.events.returnreason.ReturnReasonUpdatedEvent;
import io.cartlog.queries.returnreason.FindReturnReasonQuery;
import io.cartlog.queries.returnreason.ReturnReasonView;
import io.cartlog.platform.projection.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

@Component
@ProcessingGroup(ReturnReasonProjection.GROUP)
@ReadModel(tables = "return_reason_view")
class ReturnReasonProjection {

    static final String GROUP = "return-reason-view";

    private final ReturnReasonRepository reasons;

    ReturnReasonProjection(ReturnReasonRepository reasons) {
        this.reasons = reasons;
    }

    @EventHandler
    void on(ReturnReasonCreatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        reasons.insert(event, version, at);
    }

    @EventHandler
    void on(ReturnReasonUpdatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        reasons.update(event, version, at);
    }

    @EventHandler
    void on(ReturnReasonDeletedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        reasons.markDeleted(event.returnReasonId(), version, at);
    }

    @ResetHandler
    void reset() {
        reasons.deleteAll();
    }

    @QueryHandler
    Optional<ReturnReasonView> handle(FindReturnReasonQuery query) {
        return reasons.find(query.returnReasonId());
    }
}
