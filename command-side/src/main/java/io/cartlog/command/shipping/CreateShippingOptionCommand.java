package io.cartlog.command.shipping;

import io.cartlog.events.shipping.ShippingOptionType;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Priced either by {@code amount} (in the region) or by {@code prices}, as Medusa's admin API takes it. */
public record CreateShippingOptionCommand(
        @TargetAggregateIdentifier String shippingOptionId,
        String name,
        String regionId,
        String priceType,
        BigDecimal amount,
        List<ShippingOptionPriceInput> prices,
        ShippingOptionType type,
        String providerId,
        Map<String, Object> data,
        Map<String, Object> metadata) {
}
