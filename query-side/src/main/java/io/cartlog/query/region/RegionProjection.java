package io.cartlog.query.region;

import io.cartlog.events.region.RegionCreatedEvent;
import io.cartlog.events.region.RegionDeletedEvent;
import io.cartlog.events.region.RegionUpdatedEvent;
import io.cartlog.queries.region.FindFirstRegionQuery;
import io.cartlog.queries.region.FindRegionQuery;
import io.cartlog.query.common.Page;
import io.cartlog.queries.region.RegionView;
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
@ProcessingGroup(RegionProjection.GROUP)
@ReadModel(tables = {"region_view", "region_country"})
class RegionProjection {

    static final String GROUP = "region-view";

    private final RegionRepository regions;

    RegionProjection(RegionRepository regions) {
        this.regions = regions;
    }

    @EventHandler
    void on(RegionCreatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        regions.insert(event.regionId(), event.name(), event.currencyCode(), event.taxRate(), event.automaticTaxes(),
                event.metadata(), event.countries(), version, at);
    }

    @EventHandler
    void on(RegionUpdatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        regions.update(event.regionId(), event.name(), event.currencyCode(), event.taxRate(), event.automaticTaxes(),
                event.metadata(), event.countries(), version, at);
    }

    @EventHandler
    void on(RegionDeletedEvent event) {
        regions.delete(event.regionId());
    }

    @ResetHandler
    void reset() {
        regions.deleteAll();
    }

    @QueryHandler
    Optional<RegionView> handle(FindRegionQuery query) {
        return regions.find(query.regionId());
    }

    @QueryHandler
    Optional<RegionView> handle(FindFirstRegionQuery query) {
        return regions.list(new Page(1, 0)).stream().findFirst();
    }
}
