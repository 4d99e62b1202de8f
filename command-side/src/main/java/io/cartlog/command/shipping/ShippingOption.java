package io.cartlog.command.shipping;

import io.cartlog.command.common.Require;
import io.cartlog.events.shipping.ShippingOptionCreatedEvent;
import io.cartlog.events.shipping.ShippingOptionDeletedEvent;
import io.cartlog.events.shipping.ShippingOptionPrice;
import io.cartlog.events.shipping.ShippingOptionType;
import io.cartlog.events.shipping.ShippingOptionUpdatedEvent;
import io.cartlog.platform.web.ApiException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/**
 * A way to ship a cart in a region at a flat price. Its prices are kept as given (in a
 * currency, or in a region and so in that region's currency): the aggregate cannot look a
 * region up, so read models resolve a region price's currency.
 */
@Aggregate
public class ShippingOption {

    /** Only flat prices so far; Medusa's {@code calculated} needs a fulfillment provider that quotes. */
    private static final List<String> PRICE_TYPES = List.of("flat");
    /** Medusa's built-in manual provider is the only fulfillment provider there is. */
    private static final List<String> PROVIDERS = List.of("manual_manual");

    @AggregateIdentifier
    private String shippingOptionId;
    private String name;
    private String regionId;
    private String priceType;
    private List<ShippingOptionPrice> prices;
    private ShippingOptionType type;
    private String providerId;
    private Map<String, Object> data;
    private Map<String, Object> metadata;

    protected ShippingOption() {
    }

    @CommandHandler
    public ShippingOption(CreateShippingOptionCommand command) {
        String name = Require.text("name", command.name());
        String regionId = Require.text("region_id", command.regionId());
        List<ShippingOptionPrice> prices = prices(regionId, command.amount(), command.prices());
        if (prices == null) {
            throw ApiException.invalidData("Invalid request: Field 'prices' is required, or 'amount' for a price in the region");
        }
        if (command.type() == null) {
            throw ApiException.invalidData("Invalid request: Field 'type' is required");
        }
        apply(new ShippingOptionCreatedEvent(
                command.shippingOptionId(),
                name,
                regionId,
                Require.oneOf("price_type", command.priceType() == null ? "flat" : command.priceType(), PRICE_TYPES),
                prices,
                type(command.type()),
                Require.oneOf("provider_id", command.providerId() == null ? "manual_manual" : command.providerId(),
                        PROVIDERS),
                command.data(),
                command.metadata()));
    }

    @CommandHandler
    public long handle(UpdateShippingOptionCommand command) {
        String newRegionId = command.regionId() == null ? regionId : Require.text("region_id", command.regionId());
        List<ShippingOptionPrice> newPrices = prices(newRegionId, command.amount(), command.prices());
        apply(new ShippingOptionUpdatedEvent(
                shippingOptionId,
                command.name() == null ? name : Require.text("name", command.name()),
                newRegionId,
                command.priceType() == null ? priceType : Require.oneOf("price_type", command.priceType(), PRICE_TYPES),
                newPrices == null ? prices : newPrices,
                command.type() == null ? type : type(command.type()),
                command.providerId() == null ? providerId : Require.oneOf("provider_id", command.providerId(), PROVIDERS),
                command.data() == null ? data : command.data(),
                command.metadata() == null ? metadata : command.metadata()));
        return getVersion();
    }

    @CommandHandler
    public void handle(DeleteShippingOptionCommand command) {
        apply(new ShippingOptionDeletedEvent(shippingOptionId));
    }

    /** The prices a request sets, or null when it sets none: {@code amount} is a price in the option's region. */
    private static List<ShippingOptionPrice> prices(String regionId, BigDecimal amount,
                                                    List<ShippingOptionPriceInput> requested) {
        if (amount != null && requested != null) {
            throw ApiException.invalidData("Invalid request: Fields 'amount' and 'prices' cannot both be given");
        }
        if (amount != null) {
            return List.of(new ShippingOptionPrice(null, regionId, Require.minorUnits("amount", amount)));
        }
        if (requested == null) {
            return null;
        }
        if (requested.isEmpty()) {
            throw ApiException.invalidData("Invalid request: Field 'prices' must not be empty");
        }
        List<ShippingOptionPrice> prices = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            prices.add(price("prices[" + i + "]", requested.get(i)));
        }
        Require.distinct("prices", prices.stream()
                .map(price -> price.currencyCode() != null ? "currency " + price.currencyCode() : "region " + price.regionId())
                .toList());
        return List.copyOf(prices);
    }

    private static ShippingOptionPrice price(String field, ShippingOptionPriceInput input) {
        if (input == null) {
            throw ApiException.invalidData("Invalid request: Field '" + field + "' is required");
        }
        long amount = Require.minorUnits(field + ".amount", input.amount());
        if (input.currencyCode() != null && input.regionId() != null) {
            throw ApiException.invalidData("Invalid request: Field '" + field
                    + "' takes a currency_code or a region_id, not both");
        }
        if (input.currencyCode() != null) {
            return new ShippingOptionPrice(Require.currencyCode(field + ".currency_code", input.currencyCode()), null, amount);
        }
        if (input.regionId() != null) {
            return new ShippingOptionPrice(null, Require.text(field + ".region_id", input.regionId()), amount);
        }
        throw ApiException.invalidData("Invalid request: Field '" + field + ".currency_code' or '" + field
                + ".region_id' is required");
    }

    private static ShippingOptionType type(ShippingOptionType requested) {
        return new ShippingOptionType(Require.text("type.label", requested.label()),
                Require.text("type.code", requested.code()), requested.description());
    }

    @EventSourcingHandler
    void on(ShippingOptionCreatedEvent event) {
        shippingOptionId = event.shippingOptionId();
        name = event.name();
        regionId = event.regionId();
        priceType = event.priceType();
        prices = event.prices();
        type = event.type();
        providerId = event.providerId();
        data = event.data();
        metadata = event.metadata();
    }

    @EventSourcingHandler
    void on(ShippingOptionUpdatedEvent event) {
        name = event.name();
        regionId = event.regionId();
        priceType = event.priceType();
        prices = event.prices();
        type = event.type();
        providerId = event.providerId();
        data = event.data();
        metadata = event.metadata();
    }

    @EventSourcingHandler
    void on(ShippingOptionDeletedEvent event) {
        markDeleted();
    }
}
