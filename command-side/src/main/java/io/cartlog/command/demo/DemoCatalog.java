package io.cartlog.command.demo;

import io.cartlog.command.region.CreateRegionCommand;
import io.cartlog.command.saleschannel.CreateSalesChannelCommand;
import io.cartlog.command.shipping.CreateShippingOptionCommand;
import io.cartlog.events.shipping.ShippingOptionType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo shop: a sales channel, a euro and a dollar region with standard and express shipping,
 * and a small clothing catalog priced in both currencies with stock.
 */
final class DemoCatalog {

    private static final ShippingOptionType STANDARD =
            new ShippingOptionType("Standard", "standard", "Delivered in 3-5 business days");
    private static final ShippingOptionType EXPRESS =
            new ShippingOptionType("Express", "express", "Delivered in 1-2 business days");

    private final String salesChannelId = DemoIds.of("sc", "default");
    private final String europeId = DemoIds.of("reg", "europe");
    private final String usId = DemoIds.of("reg", "united-states");

    String salesChannelId() {
        return salesChannelId;
    }

    String publishableKeyId() {
        return DemoIds.of("apk", "demo-storefront");
    }

    /** In dependency order: what a command refers to is created before it. */
    List<SeedCommand> commands() {
        List<SeedCommand> commands = new ArrayList<>();
        commands.add(new SeedCommand(salesChannelId, new CreateSalesChannelCommand(salesChannelId,
                "Default Sales Channel", "Created by the demo seed", false, null)));
        commands.add(new SeedCommand(europeId, new CreateRegionCommand(europeId, "Europe", "eur",
                List.of("de", "fr", "ro"), new BigDecimal("19"), true, null)));
        commands.add(new SeedCommand(usId, new CreateRegionCommand(usId, "United States", "usd",
                List.of("us"), new BigDecimal("8.875"), true, null)));
        commands.add(shipping("europe-standard", "Standard Shipping", europeId, STANDARD, 800));
        commands.add(shipping("europe-express", "Express Shipping", europeId, EXPRESS, 1500));
        commands.add(shipping("us-standard", "Standard Shipping", usId, STANDARD, 1000));
        commands.add(shipping("us-express", "Express Shipping", usId, EXPRESS, 2500));
        return commands;
    }

    private static SeedCommand shipping(String name, String title, String regionId, ShippingOptionType type, long amount) {
        String id = DemoIds.of("so", name);
        return new SeedCommand(id, new CreateShippingOptionCommand(id, title, regionId, "flat",
                BigDecimal.valueOf(amount), null, type, "manual_manual", Map.of(), null));
    }
}
