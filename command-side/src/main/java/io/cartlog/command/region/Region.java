package io.cartlog.command.region;

import io.cartlog.command.common.Require;
import io.cartlog.events.region.RegionCreatedEvent;
import io.cartlog.events.region.RegionDeletedEvent;
import io.cartlog.events.region.RegionUpdatedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/** A selling region: its currency, its countries and the tax rate charged there. */
@Aggregate
public class Region {

    @AggregateIdentifier
    private String regionId;
    private String name;
    private String currencyCode;
    private List<String> countries;
    private BigDecimal taxRate;
    private boolean automaticTaxes;
    private Map<String, Object> metadata;

    protected Region() {
    }

    @CommandHandler
    public Region(CreateRegionCommand command) {
        List<String> countries = countries(command.countries());
        apply(new RegionCreatedEvent(
                command.regionId(),
                Require.text("name", command.name()),
                Require.currencyCode("currency_code", command.currencyCode()),
                countries,
                Require.percentage("tax_rate", command.taxRate() == null ? BigDecimal.ZERO : command.taxRate()),
                command.automaticTaxes(),
                command.metadata()));
    }

    @CommandHandler
    public long handle(UpdateRegionCommand command) {
        apply(new RegionUpdatedEvent(
                regionId,
                command.name() == null ? name : Require.text("name", command.name()),
                command.currencyCode() == null ? currencyCode : Require.currencyCode("currency_code", command.currencyCode()),
                command.countries() == null ? countries : countries(command.countries()),
                command.taxRate() == null ? taxRate : Require.percentage("tax_rate", command.taxRate()),
                command.automaticTaxes() == null ? automaticTaxes : command.automaticTaxes(),
                command.metadata() == null ? metadata : command.metadata()));
        return getVersion();
    }

    @CommandHandler
    public void handle(DeleteRegionCommand command) {
        apply(new RegionDeletedEvent(regionId));
    }

    private static List<String> countries(List<String> requested) {
        List<String> countries = requested == null ? List.of()
                : requested.stream().map(code -> Require.countryCode("countries", code)).toList();
        Require.distinct("countries", countries);
        return countries;
    }

    @EventSourcingHandler
    void on(RegionCreatedEvent event) {
        regionId = event.regionId();
        name = event.name();
        currencyCode = event.currencyCode();
        countries = event.countries();
        taxRate = event.taxRate();
        automaticTaxes = event.automaticTaxes();
        metadata = event.metadata();
    }

    @EventSourcingHandler
    void on(RegionUpdatedEvent event) {
        name = event.name();
        currencyCode = event.currencyCode();
        countries = event.countries();
        taxRate = event.taxRate();
        automaticTaxes = event.automaticTaxes();
        metadata = event.metadata();
    }

    @EventSourcingHandler
    void on(RegionDeletedEvent event) {
        markDeleted();
    }
}
