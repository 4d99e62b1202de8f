package io.cartlog.command.shipping;

import io.cartlog.events.shipping.ShippingOptionType;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Attributes left null keep their current value; {@code amount} or {@code prices} replace all prices. */
public record UpdateShippingOptionCommand(
        @TargetAggregateIdentifier String shippingOptionId,
        @TargetAggregateVersion Long expectedVersion,
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
