package io.cartlog.command.demo;

import io.cartlog.command.category.CreateProductCategoryCommand;
import io.cartlog.command.collection.CreateProductCollectionCommand;
import io.cartlog.command.product.CreateProductCommand;
import io.cartlog.command.product.OptionDraft;
import io.cartlog.command.product.PriceDraft;
import io.cartlog.command.product.VariantDraft;
import io.cartlog.command.promotion.CreatePromotionCommand;
import io.cartlog.command.region.CreateRegionCommand;
import io.cartlog.command.returnreason.CreateReturnReasonCommand;
import io.cartlog.command.saleschannel.CreateSalesChannelCommand;
import io.cartlog.command.shipping.CreateShippingOptionCommand;
import io.cartlog.events.shipping.ShippingOptionType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo shop: a sales channel, a euro and a dollar region with standard and express shipping,
 * a small clothing catalog priced in both currencies with stock, and the promotion code
 * {@code SUMMER25} (25 % off items).
 */
final class DemoCatalog {

    private static final ShippingOptionType STANDARD =
            new ShippingOptionType("Standard", "standard", "Delivered in 3-5 business days");
    private static final ShippingOptionType EXPRESS =
            new ShippingOptionType("Express", "express", "Delivered in 1-2 business days");

    /** title, category, option, its values, price in euro cents, price in dollar cents, stock per variant. */
    private static final List<DemoProduct> PRODUCTS = List.of(
            new DemoProduct("Classic T-Shirt", "shirts", "Size", List.of("S", "M", "L"), 1950, 2200, 120),
            new DemoProduct("Organic Cotton Tee", "shirts", "Size", List.of("S", "M", "L"), 2450, 2700, 80),
            new DemoProduct("Linen Shirt", "shirts", "Size", List.of("M", "L"), 5900, 6500, 35),
            new DemoProduct("Striped Polo", "shirts", "Color", List.of("Navy", "White"), 3900, 4400, 50),
            new DemoProduct("Oxford Button-Down", "shirts", "Size", List.of("S", "M", "L"), 6900, 7500, 40),
            new DemoProduct("Hooded Sweatshirt", "sweatshirts", "Size", List.of("S", "M", "L"), 5500, 6000, 60),
            new DemoProduct("Crewneck Sweatshirt", "sweatshirts", "Color", List.of("Grey", "Black"), 4900, 5400, 70),
            new DemoProduct("Zip Hoodie", "sweatshirts", "Size", List.of("M", "L"), 6500, 7200, 25),
            new DemoProduct("Fleece Pullover", "sweatshirts", "Color", List.of("Forest", "Sand", "Black"), 5900, 6400, 30),
            new DemoProduct("Chino Pants", "pants", "Size", List.of("30", "32", "34"), 6900, 7900, 45),
            new DemoProduct("Slim Jeans", "pants", "Size", List.of("30", "32", "34"), 7900, 8900, 55),
            new DemoProduct("Jogger Sweatpants", "pants", "Size", List.of("S", "M", "L"), 4500, 4900, 65),
            new DemoProduct("Cargo Shorts", "pants", "Size", List.of("M", "L"), 3900, 4200, 40),
            new DemoProduct("Wool Beanie", "accessories", "Color", List.of("Black", "Mustard"), 2200, 2500, 90),
            new DemoProduct("Canvas Tote Bag", "accessories", "Color", List.of("Natural", "Black"), 1900, 2100, 150),
            new DemoProduct("Baseball Cap", "accessories", "Color", List.of("Navy", "Khaki", "Black"), 2500, 2800, 75),
            new DemoProduct("Leather Belt", "accessories", "Size", List.of("85", "95"), 4500, 4900, 30),
            new DemoProduct("Merino Socks", "accessories", "Size", List.of("39-42", "43-46"), 1500, 1700, 200),
            new DemoProduct("Rain Jacket", "outerwear", "Size", List.of("S", "M", "L"), 12900, 14500, 20),
            new DemoProduct("Quilted Vest", "outerwear", "Size", List.of("M", "L"), 8900, 9900, 15));

    private static final List<String> CATEGORIES = List.of("Shirts", "Sweatshirts", "Pants", "Accessories", "Outerwear");

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
        CATEGORIES.forEach(name -> commands.add(category(name)));
        String essentials = DemoIds.of("pcol", "essentials");
        commands.add(new SeedCommand(essentials,
                new CreateProductCollectionCommand(essentials, "Essentials", "essentials", null)));
        PRODUCTS.forEach(product -> commands.add(product(product, essentials)));
        String summer25 = DemoIds.of("promo", "summer25");
        commands.add(new SeedCommand(summer25, new CreatePromotionCommand(summer25, "SUMMER25", "percentage", "items",
                BigDecimal.valueOf(25), null, null, null, null, null, "active", null)));
        commands.add(returnReason("wrong_size", "Wrong size"));
        commands.add(returnReason("damaged", "Arrived damaged"));
        commands.add(returnReason("changed_mind", "Changed my mind"));
        return commands;
    }

    private static SeedCommand returnReason(String value, String label) {
        String id = DemoIds.of("rr", value);
        return new SeedCommand(id, new CreateReturnReasonCommand(id, value, label, null, null));
    }

    private static SeedCommand category(String name) {
        String handle = name.toLowerCase(Locale.ROOT);
        String id = DemoIds.of("pcat", handle);
        return new SeedCommand(id, new CreateProductCategoryCommand(id, name, handle, null, null, true, false,
                null, null));
    }

    private SeedCommand product(DemoProduct product, String collectionId) {
        String handle = product.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        String id = DemoIds.of("prod", handle);
        List<VariantDraft> variants = product.values().stream()
                .map(value -> new VariantDraft(value, (handle + "-" + value).toUpperCase(Locale.ROOT), null, null, null,
                        Map.of(product.option(), value),
                        List.of(new PriceDraft(null, "eur", BigDecimal.valueOf(product.euroCents()), null, null),
                                new PriceDraft(null, "usd", BigDecimal.valueOf(product.dollarCents()), null, null)),
                        true, false, BigDecimal.valueOf(product.stock()), null, null, null, null, null, null, null,
                        null, null, null, null))
                .toList();
        return new SeedCommand(id, new CreateProductCommand(id, product.title(), handle, null,
                "The " + product.title().toLowerCase(Locale.ROOT) + " from the Cartlog demo shop.", "published",
                "https://example.invalid/img/" + handle + ".png", null,
                List.of(new OptionDraft(null, product.option(), product.values())), variants,
                List.of(DemoIds.of("pcat", product.category())), collectionId, List.of(salesChannelId),
                true, false, null, null, null));
    }

    private record DemoProduct(String title, String category, String option, List<String> values,
                               long euroCents, long dollarCents, long stock) {
    }

    private static SeedCommand shipping(String name, String title, String regionId, ShippingOptionType type, long amount) {
        String id = DemoIds.of("so", name);
        return new SeedCommand(id, new CreateShippingOptionCommand(id, title, regionId, "flat",
                BigDecimal.valueOf(amount), null, type, "manual_manual", Map.of(), null));
    }
}
