package io.cartlog.query.promotion;

import io.cartlog.events.promotion.PromotionCreatedEvent;
import io.cartlog.events.promotion.PromotionDeletedEvent;
import io.cartlog.events.promotion.PromotionUpdatedEvent;
import io.cartlog.queries.promotion.FindPromotionByCodeQuery;
import io.cartlog.queries.promotion.FindPromotionQuery;
import io.cartlog.queries.promotion.PromotionView;
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
@ProcessingGroup(PromotionProjection.GROUP)
@ReadModel(tables = "promotion_view")
class PromotionProjection {

    static final String GROUP = "promotion-view";

    private final PromotionRepository promotions;

    PromotionProjection(PromotionRepository promotions) {
        this.promotions = promotions;
    }

    @EventHandler
    void on(PromotionCreatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        promotions.insert(new PromotionRepository.Row(event.promotionId(), event.code(), event.type(), event.target(),
                event.value(), event.currencyCode(), event.minSubtotal(), event.startsAt(), event.endsAt(),
                event.usageLimit(), event.status(), event.metadata()), version, at);
    }

    @EventHandler
    void on(PromotionUpdatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        promotions.update(new PromotionRepository.Row(event.promotionId(), event.code(), event.type(), event.target(),
                event.value(), event.currencyCode(), event.minSubtotal(), event.startsAt(), event.endsAt(),
                event.usageLimit(), event.status(), event.metadata()), version, at);
    }

    @EventHandler
    void on(PromotionDeletedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        promotions.markDeleted(event.promotionId(), version, at);
    }

    @ResetHandler
    void reset() {
        promotions.deleteAll();
    }

    @QueryHandler
    Optional<PromotionView> handle(FindPromotionQuery query) {
        return promotions.find(query.promotionId());
    }

    @QueryHandler
    Optional<PromotionView> handle(FindPromotionByCodeQuery query) {
        return query.code() == null ? Optional.empty() : promotions.findByCode(query.code());
    }
}
