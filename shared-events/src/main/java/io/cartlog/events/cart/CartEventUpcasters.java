package io.cartlog.events.cart;

import io.cartlog.events.AddedFields;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Reads the cart events whose shape grew at their current revision. Each step only adds what the
 * new revision has, with the value that means "not known then": a region without countries, a
 * cart without context, a line without the product data revision 2 copies.
 */
public final class CartEventUpcasters {

    private CartEventUpcasters() {
    }

    public static List<EventUpcaster> all() {
        return List.of(
                new AddedFields(CartCreatedEvent.class, "1", "2", payload -> {
                    withoutCountries(payload.path("region"));
                    if (!payload.has("context")) {
                        payload.putNull("context");
                    }
                }),
                new AddedFields(CartRegionChangedEvent.class, "1", "2",
                        payload -> withoutCountries(payload.path("region"))),
                new AddedFields(LineItemAddedEvent.class, "1", "2", payload -> {
                    if (payload.path("item") instanceof ObjectNode item) {
                        for (String field : List.of("productSubtitle", "productDescription", "productCollectionId",
                                "productCollection", "productCategoryIds", "isGiftcard", "variantBarcode")) {
                            if (!item.has(field)) {
                                item.putNull(field);
                            }
                        }
                    }
                }));
    }

    private static void withoutCountries(JsonNode region) {
        if (region instanceof ObjectNode node && !node.has("countries")) {
            node.putArray("countries");
        }
    }
}
