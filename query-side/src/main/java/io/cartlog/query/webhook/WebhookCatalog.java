package io.cartlog.query.webhook;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which events subscribers receive, and as what. Headline events go out under their own name
 * ({@code order.placed}); every other change of a cart, order, customer or product goes out as
 * {@code <resource>.updated}, its own name in {@code data.change.event}, so no change is ever
 * missing from {@code cart.updated}. Events of other streams (payments, stock, catalog settings)
 * and {@code customer.password_reset_requested} are not delivered.
 */
final class WebhookCatalog {

    /** Resource types, by the prefix of their events' names. */
    static final Set<String> RESOURCES = Set.of("cart", "order", "customer", "product", "return");
    /** The types subscribers can ask for: the headline events and one {@code .updated} per resource. */
    static final Set<String> TYPES = Set.of("cart.created", "cart.updated", "order.placed", "order.updated",
            "order.canceled", "order.completed", "customer.created", "customer.updated", "return.requested",
            "return.received", "return.canceled", "product.created", "product.updated", "product.deleted");
    private static final Set<String> UNDELIVERED = Set.of("customer.password_reset_requested");

    /** What a subscriber is told: the webhook type and the resource it is about. */
    record Topic(String type, String event, String schemaVersion, String resourceType, String resourceId) {
    }

    private static final Map<Class<?>, Optional<Binding>> BINDINGS = new ConcurrentHashMap<>();

    private WebhookCatalog() {
    }

    static Optional<Topic> topic(Object event) {
        return BINDINGS.computeIfAbsent(event.getClass(), WebhookCatalog::bind).map(binding -> binding.topic(event));
    }

    private record Binding(String type, String event, String schemaVersion, String resourceType,
                           RecordComponent resourceId) {

        Topic topic(Object payload) {
            try {
                return new Topic(type, event, schemaVersion, resourceType,
                        String.valueOf(resourceId.getAccessor().invoke(payload)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + resourceId + " of " + payload.getClass(), e);
            }
        }
    }

    private static Optional<Binding> bind(Class<?> type) {
        PublicEvent name = type.getAnnotation(PublicEvent.class);
        if (name == null || UNDELIVERED.contains(name.value()) || !type.isRecord()) {
            return Optional.empty();
        }
        String resource = name.value().substring(0, name.value().indexOf('.'));
        if (!RESOURCES.contains(resource)) {
            return Optional.empty();
        }
        String webhookType = TYPES.contains(name.value()) ? name.value() : resource + ".updated";
        Revision revision = type.getAnnotation(Revision.class);
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(resource + "Id")) {
                return Optional.of(new Binding(webhookType, name.value(), revision == null ? "1" : revision.value(),
                        resource, component));
            }
        }
        throw new IllegalStateException(type + " is a " + resource + " event without " + resource + "Id");
    }
}
