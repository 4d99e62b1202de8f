package io.cartlog.query.audit;

import java.util.Map;
import java.util.Optional;

/** The admin routes' resource names and the aggregate types whose streams they are. */
final class AuditedResources {

    private static final Map<String, String> AGGREGATE_TYPES = Map.ofEntries(
            Map.entry("carts", "Cart"),
            Map.entry("orders", "Order"),
            Map.entry("customers", "Customer"),
            Map.entry("products", "Product"),
            Map.entry("payment-collections", "PaymentCollection"),
            Map.entry("inventory-items", "InventoryItem"),
            Map.entry("promotions", "Promotion"),
            Map.entry("regions", "Region"),
            Map.entry("shipping-options", "ShippingOption"),
            Map.entry("sales-channels", "SalesChannel"),
            Map.entry("api-keys", "ApiKey"),
            Map.entry("product-categories", "ProductCategory"),
            Map.entry("collections", "ProductCollection"),
            Map.entry("return-reasons", "ReturnReason"));

    private AuditedResources() {
    }

    static Optional<String> aggregateType(String resources) {
        return Optional.ofNullable(AGGREGATE_TYPES.get(resources));
    }

    /** {@code resource_type} of the feed ({@code inventory_item}) as the stored aggregate type. */
    static Optional<String> aggregateTypeOf(String resourceType) {
        return AGGREGATE_TYPES.values().stream()
                .filter(type -> AuditEventReader.resourceType(type).equals(resourceType))
                .findFirst();
    }
}
