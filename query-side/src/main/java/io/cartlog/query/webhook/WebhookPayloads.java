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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The body subscribers receive: {@code {id, type, created_at, api_version, position, data:
 * {object, change}, resource: {type, id, version}}}. {@code data.object} is the resource as its
 * read model shows it once it has applied the event (the same shape the API answers with);
 * rendered when the event is first sent, it may already include later changes, and
 * {@code object.version} says which. {@code data.change} is the event itself.
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

    String render(QueuedEvent event) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("event", event.event());
        change.put("schema_version", event.schemaVersion());
        change.put("attributes", json.readTree(event.changes()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("object", object(event));
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

    /** The resource once its read model reached the event; none once it is deleted. */
    private Object object(QueuedEvent event) {
        String id = event.resourceId();
        return switch (event.resourceType()) {
            case "cart" -> object(event, new FindCartQuery(id), CartView.class, CartView::version);
            case "order" -> object(event, new FindOrderQuery(id), OrderView.class, OrderView::version);
            case "customer" -> object(event, new FindCustomerQuery(id), CustomerView.class, CustomerView::version);
            case "return" -> object(event, new FindReturnQuery(id), ReturnView.class, ReturnView::version);
            case "product" -> event.type().equals("product.deleted") ? null
                    : object(event, new FindProductQuery(id), ProductView.class, ProductView::version);
            default -> throw new IllegalStateException("No read model for " + event.resourceType());
        };
    }

    private <V> V object(QueuedEvent event, Object query, Class<V> view, ToLongFunction<V> version) {
        try {
            return readModels.await(query, view, version, event.version());
        } catch (ApiException lagging) {
            // Deleted since (a product): nothing to show. Otherwise the read model is behind; try again later.
            if (queries.find(query, view).isEmpty() && event.version() > 0) {
                return null;
            }
            throw lagging;
        }
    }
}
