package io.cartlog.query.webhook;

import io.cartlog.platform.readmodel.ReadModelQueries;
import io.cartlog.platform.readmodel.ReadYourWrites;
import io.cartlog.platform.web.ApiException;
import io.cartlog.queries.cart.CartView;
import io.cartlog.queries.cart.FindCartQuery;
import io.cartlog.queries.customer.CustomerView;
import io.cartlog.queries.customer.FindCustomerQuery;
import io.cartlog.queries.order.FindOrderQuery;
import io.cartlog.queries.order.OrderView;
import io.cartlog.queries.product.FindProductQuery;
import io.cartlog.queries.product.ProductView;
import io.cartlog.queries.returns.FindReturnQuery;
import io.cartlog.queries.returns.ReturnView;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The body subscribers receive: {@code {id, type, created_at, api_version, position, data:
 * {object, change}, resource: {type, id, version}}}. {@code data.object} is the resource as its
 * read model shows it once it has applied the event (the same shape the API answers with);
 * rendered when the event is first sent, it may already include later changes, and
 * {@code object.version} says which. {@code data.change} is the event itself. Events rendered
 * together read each resource once, at the latest version among them.
 */
@Component
class WebhookPayloads {

    private final ReadYourWrites readModels;
    private final ReadModelQueries queries;
    private final JsonMapper json;

    WebhookPayloads(ReadYourWrites readModels, ReadModelQueries queries, JsonMapper json) {
        this.readModels = readModels;
        this.queries = queries;
        this.json = json;
    }

    /** The bodies of {@code events}, by event id. */
    Map<String, String> render(List<QueuedEvent> events) {
        Map<String, Long> latest = new HashMap<>();
        events.forEach(event -> latest.merge(resource(event), event.version(), Math::max));
        Map<String, Optional<Object>> objects = new HashMap<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        for (QueuedEvent event : events) {
            Object object = event.type().equals("product.deleted") ? null
                    : objects.computeIfAbsent(resource(event),
                    key -> Optional.ofNullable(object(event, latest.get(key)))).orElse(null);
            bodies.put(event.id(), render(event, object));
        }
        return bodies;
    }

    private static String resource(QueuedEvent event) {
        return event.resourceType() + "/" + event.resourceId();
    }

    private String render(QueuedEvent event, Object object) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("event", event.event());
        change.put("schema_version", event.schemaVersion());
        change.put("attributes", json.readTree(event.changes()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("object", object);
        data.put("change", change);
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("type", event.resourceType());
        resource.put("id", event.resourceId());
        resource.put("version", event.version());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.id());
        body.put("type", event.type());
        body.put("created_at", event.occurredAt().toString());
        body.put("api_version", WebhookProperties.API_VERSION);
        body.put("position", event.position());
        body.put("data", data);
        body.put("resource", resource);
        return json.writeValueAsString(body);
    }

    /** The resource once its read model reached {@code version}; none once it is deleted. */
    private Object object(QueuedEvent event, long version) {
        String id = event.resourceId();
        return switch (event.resourceType()) {
            case "cart" -> object(version, new FindCartQuery(id), CartView.class, CartView::version);
            case "order" -> object(version, new FindOrderQuery(id), OrderView.class, OrderView::version);
            case "customer" -> object(version, new FindCustomerQuery(id), CustomerView.class, CustomerView::version);
            case "return" -> object(version, new FindReturnQuery(id), ReturnView.class, ReturnView::version);
            case "product" -> object(version, new FindProductQuery(id), ProductView.class, ProductView::version);
            default -> throw new IllegalStateException("No read model for " + event.resourceType());
        };
    }

    private <V> V object(long minVersion, Object query, Class<V> view, ToLongFunction<V> version) {
        try {
            return readModels.await(query, view, version, minVersion);
        } catch (ApiException lagging) {
            // Deleted since (a product): nothing to show. Otherwise the read model is behind; try again later.
            if (queries.find(query, view).isEmpty() && minVersion > 0) {
                return null;
            }
            throw lagging;
        }
    }
}
