package io.cartlog.command.returnreason;

import io.cartlog.command.common.Require;
import io.cartlog.events.returnreason.ReturnReasonCreatedEvent;
import io.cartlog.events.returnreason.ReturnReasonDeletedEvent;
import io.cartlog.events.returnreason.ReturnReasonUpdatedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/** A reason shoppers pick when they return an item; the store's staff keep the list. */
@Aggregate
public class ReturnReason {

    @AggregateIdentifier
    private String returnReasonId;
    private String value;
    private String label;
    private String description;
    private Map<String, Object> metadata;

    protected ReturnReason() {
    }

    @CommandHandler
    public ReturnReason(CreateReturnReasonCommand command) {
        apply(new ReturnReasonCreatedEvent(command.returnReasonId(), Require.text("value", command.value()),
                Require.text("label", command.label()), command.description(), command.metadata()));
    }

    @CommandHandler
    public long handle(UpdateReturnReasonCommand command) {
        apply(new ReturnReasonUpdatedEvent(
                returnReasonId,
                command.value() == null ? value : Require.text("value", command.value()),
                command.label() == null ? label : Require.text("label", command.label()),
                command.description() == null ? description : command.description(),
                command.metadata() == null ? metadata : command.metadata()));
        return getVersion();
    }

    @CommandHandler
    public void handle(DeleteReturnReasonCommand command) {
        apply(new ReturnReasonDeletedEvent(returnReasonId));
    }

    @EventSourcingHandler
    void on(ReturnReasonCreatedEvent event) {
        returnReasonId = event.returnReasonId();
        value = event.value();
        label = event.label();
        description = event.description();
        metadata = event.metadata();
    }

    @EventSourcingHandler
    void on(ReturnReasonUpdatedEvent event) {
        value = event.value();
        label = event.label();
        description = event.description();
        metadata = event.metadata();
    }

    @EventSourcingHandler
    void on(ReturnReasonDeletedEvent event) {
        markDeleted();
    }
}
