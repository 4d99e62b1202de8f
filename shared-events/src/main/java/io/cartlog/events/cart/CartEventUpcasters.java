package io.cartlog.events.cart;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.Consumer;

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

    /** Moves one event type from one revision to the next by adding fields to its JSON payload. */
    private static final class AddedFields extends SingleEventUpcaster {

        private final SerializedType from;
        private final SerializedType to;
        private final Consumer<ObjectNode> change;

        AddedFields(Class<?> event, String fromRevision, String toRevision, Consumer<ObjectNode> change) {
            this.from = new SimpleSerializedType(event.getName(), fromRevision);
            this.to = new SimpleSerializedType(event.getName(), toRevision);
            this.change = change;
        }

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return from.equals(representation.getType());
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(to, ObjectNode.class, payload -> {
                change.accept(payload);
                return payload;
            });
        }
    }
}
