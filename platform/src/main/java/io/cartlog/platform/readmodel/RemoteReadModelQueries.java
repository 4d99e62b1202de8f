package io.cartlog.platform.readmodel;

import io.cartlog.platform.config.AdminApiKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Sends queries to a query-side process ({@code cartlog.query-side.url}) over its internal
 * endpoint, for a command side deployed on its own. Queries and views are records of the shared
 * published language, serialized as plain JSON.
 */
@Component
@ConditionalOnExpression("'${cartlog.query-side.url:}' != ''")
class RemoteReadModelQueries implements ReadModelQueries {

    private final RestClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    RemoteReadModelQueries(@Value("${cartlog.query-side.url}") String querySideUrl, AdminApiKey adminKey) {
        this.http = RestClient.builder()
                .baseUrl(querySideUrl)
                .defaultHeader("Authorization", "Bearer " + adminKey.value())
                .build();
    }

    @Override
    public <R> Optional<R> find(Object query, Class<R> resultType) {
        String body = http.post()
                .uri("/internal/queries/{type}", query.getClass().getName())
                .header("Content-Type", "application/json")
                .body(json.writeValueAsString(query))
                .exchange((request, response) -> response.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)
                        ? null : new String(response.getBody().readAllBytes()));
        return Optional.ofNullable(body).map(found -> json.readValue(found, resultType));
    }

    /** Projections report views only inside their own process: a remote caller polls. */
    @Override
    public <R> ViewWatch<R> watch(Object query, Class<R> resultType, ToLongFunction<R> version) {
        return ViewWatch.none();
    }
}
