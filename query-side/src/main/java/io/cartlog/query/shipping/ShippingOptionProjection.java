package io.cartlog.query.shipping;

import io.cartlog.events.shipping.ShippingOptionCreatedEvent;
import io.cartlog.events.shipping.ShippingOptionDeletedEvent;
import io.cartlog.events.shipping.ShippingOptionUpdatedEvent;
import io.cartlog.query.common.Page;
import io.cartlog.queries.shipping.FindShippingOptionQuery;
import io.cartlog.queries.shipping.ListShippingOptionsQuery;
import io.cartlog.queries.shipping.ShippingOptionView;
import io.cartlog.query.shipping.ShippingOptionRepository.Attributes;
import io.cartlog.platform.projection.ReadModel;
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

@Component
@ProcessingGroup(ShippingOptionProjection.GROUP)
@ReadModel(tables = "shipping_option_view")
class ShippingOptionProjection {

    static final String GROUP = "shipping-option-view";

    private final ShippingOptionRepository options;

    ShippingOptionProjection(ShippingOptionRepository options) {
        this.options = options;
    }

    @EventHandler
    void on(ShippingOptionCreatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        options.insert(event.shippingOptionId(), new Attributes(event.name(), event.regionId(), event.priceType(),
                event.prices(), event.type(), event.providerId(), event.data(), event.metadata()), version, at);
    }

    @EventHandler
    void on(ShippingOptionUpdatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        options.update(event.shippingOptionId(), new Attributes(event.name(), event.regionId(), event.priceType(),
                event.prices(), event.type(), event.providerId(), event.data(), event.metadata()), version, at);
    }

    @EventHandler
    void on(ShippingOptionDeletedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        options.markDeleted(event.shippingOptionId(), version, at);
    }

    @ResetHandler
    void reset() {
        options.deleteAll();
    }

    @QueryHandler
    Optional<ShippingOptionView> handle(FindShippingOptionQuery query) {
        return options.find(query.shippingOptionId());
    }

    /** Every option of the region: a cart offers them all, so no page applies. */
    @QueryHandler
    List<ShippingOptionView> handle(ListShippingOptionsQuery query) {
        return options.list(query.regionId(), new Page(Integer.MAX_VALUE, 0));
    }
}
