package io.cartlog.query.internal;

import io.cartlog.platform.web.ApiException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers queries from a command side deployed apart (its read-your-writes checks), on the
 * local query bus. Only records of the shared {@code io.cartlog.queries} package are accepted;
 * the admin secret guards the route and the gateway does not expose it.
 */
@RestController
class InternalQueryController {

    private static final String QUERIES_PACKAGE = "io.cartlog.queries.";

    private final QueryGateway queries;
    private final JsonMapper json = JsonMapper.builder().build();

    InternalQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @PostMapping(path = "/internal/queries/{type}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> query(@PathVariable String type, @RequestBody String body) {
        Object query = json.readValue(body, queryClass(type));
        return queries.query(query, ResponseTypes.optionalInstanceOf(Object.class)).join()
                .map(result -> ResponseEntity.ok(json.writeValueAsString(result)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static Class<?> queryClass(String type) {
        if (!type.startsWith(QUERIES_PACKAGE)) {
            throw ApiException.invalidData("Unknown query type " + type);
        }
        try {
            return Class.forName(type);
        } catch (ClassNotFoundException e) {
            throw ApiException.invalidData("Unknown query type " + type);
        }
    }
}
