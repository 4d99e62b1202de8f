package io.cartlog.command.saleschannel;

import io.cartlog.command.common.Require;
import io.cartlog.events.saleschannel.SalesChannelCreatedEvent;
import io.cartlog.events.saleschannel.SalesChannelDeletedEvent;
import io.cartlog.events.saleschannel.SalesChannelUpdatedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/** A channel products are sold through (a web shop, an app, a marketplace); publishable keys are scoped to them. */
@Aggregate
public class SalesChannel {

    @AggregateIdentifier
    private String salesChannelId;
    private String name;
    private String description;
    private boolean isDisabled;
    private Map<String, Object> metadata;

    protected SalesChannel() {
    }

    @CommandHandler
    public SalesChannel(CreateSalesChannelCommand command) {
        apply(new SalesChannelCreatedEvent(command.salesChannelId(), Require.text("name", command.name()),
                command.description(), command.isDisabled(), command.metadata()));
    }

    @CommandHandler
    public long handle(UpdateSalesChannelCommand command) {
        apply(new SalesChannelUpdatedEvent(
                salesChannelId,
                command.name() == null ? name : Require.text("name", command.name()),
                command.description() == null ? description : command.description(),
                command.isDisabled() == null ? isDisabled : command.isDisabled(),
                command.metadata() == null ? metadata : command.metadata()));
        return getVersion();
    }

    @CommandHandler
    public void handle(DeleteSalesChannelCommand command) {
        apply(new SalesChannelDeletedEvent(salesChannelId));
    }

    @EventSourcingHandler
    void on(SalesChannelCreatedEvent event) {
        salesChannelId = event.salesChannelId();
        name = event.name();
        description = event.description();
        isDisabled = event.isDisabled();
        metadata = event.metadata();
    }

    @EventSourcingHandler
    void on(SalesChannelUpdatedEvent event) {
        name = event.name();
        description = event.description();
        isDisabled = event.isDisabled();
        metadata = event.metadata();
    }

    @EventSourcingHandler
    void on(SalesChannelDeletedEvent event) {
        markDeleted();
    }
}
