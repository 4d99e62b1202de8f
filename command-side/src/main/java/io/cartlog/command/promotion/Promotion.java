package io.cartlog.command.promotion;

import io.cartlog.command.common.CatalogHandles;
import io.cartlog.command.common.CatalogKind;
import io.cartlog.command.common.Patch;
import io.cartlog.events.promotion.PromotionCreatedEvent;
import io.cartlog.events.promotion.PromotionDeletedEvent;
import io.cartlog.events.promotion.PromotionUpdatedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/**
 * A promotion code carts can apply. Its code is unique among live promotions, case-insensitively:
 * it is claimed upper-case in the handle lookup table and released on delete, so a deleted
 * promotion's code can be reused. Usage is not counted yet: when orders exist, checkout will
 * send a command here that checks {@code usageLimit} against a count kept in this aggregate and
 * applies a {@code PromotionUsedEvent}, which the read model adds to {@code usage_count}.
 */
@Aggregate
public class Promotion {

    @AggregateIdentifier
    private String promotionId;
    private PromotionTerms terms;

    protected Promotion() {
    }

    @CommandHandler
    public Promotion(CreatePromotionCommand command, CatalogHandles catalog) {
        PromotionTerms terms = PromotionTerms.checked(command.code(), command.type(), command.target(), command.value(),
                command.currencyCode(), command.minSubtotal(), command.startsAt(), command.endsAt(), command.usageLimit(),
                command.status(), command.metadata());
        catalog.claim(CatalogKind.PROMOTION, terms.code(), command.promotionId());
        apply(terms.created(command.promotionId()));
    }

    @CommandHandler
    public long handle(UpdatePromotionCommand command, CatalogHandles catalog) {
        PromotionTerms updated = PromotionTerms.checked(
                command.code() == null ? terms.code() : command.code(),
                command.type() == null ? terms.type() : command.type(),
                command.target() == null ? terms.target() : command.target(),
                command.value() == null ? terms.value() : command.value(),
                Patch.apply(command.currencyCode(), terms.currencyCode()),
                Patch.apply(command.minSubtotal(), terms.minSubtotal() == null ? null : BigDecimal.valueOf(terms.minSubtotal())),
                Patch.apply(command.startsAt(), terms.startsAt()),
                Patch.apply(command.endsAt(), terms.endsAt()),
                Patch.apply(command.usageLimit(), terms.usageLimit()),
                command.status() == null ? terms.status() : command.status(),
                Patch.apply(command.metadata(), terms.metadata()));
        if (!updated.code().equals(terms.code())) {
            catalog.release(CatalogKind.PROMOTION, terms.code(), promotionId);
            catalog.claim(CatalogKind.PROMOTION, updated.code(), promotionId);
        }
        apply(updated.updated(promotionId));
        return getVersion();
    }

    @CommandHandler
    public void handle(DeletePromotionCommand command, CatalogHandles catalog) {
        catalog.release(CatalogKind.PROMOTION, terms.code(), promotionId);
        apply(new PromotionDeletedEvent(promotionId));
    }

    @EventSourcingHandler
    void on(PromotionCreatedEvent event) {
        promotionId = event.promotionId();
        terms = PromotionTerms.of(event);
    }

    @EventSourcingHandler
    void on(PromotionUpdatedEvent event) {
        terms = PromotionTerms.of(event);
    }

    @EventSourcingHandler
    void on(PromotionDeletedEvent event) {
        markDeleted();
    }
}
