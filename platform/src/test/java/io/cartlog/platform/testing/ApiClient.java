package io.cartlog.platform.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small HTTP client for integration tests: JSON in, status and JSON out. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;
    private final List<String> headers;

    private ApiClient(String baseUrl, List<String> headers) {
        this.baseUrl = baseUrl;
        this.headers = headers;
    }

    public static ApiClient at(int port) {
        return new ApiClient("http://localhost:" + port, List.of());
    }

    public ApiClient withHeader(String name, String value) {
        List<String> more = new ArrayList<>(headers);
        more.add(name);
        more.add(value);
        return new ApiClient(baseUrl, List.copyOf(more));
    }

    public ApiClient asAdmin(String adminKey) {
        return withHeader("Authorization", "Bearer " + adminKey);
    }

    public ApiClient asStorefront(String publishableKey) {
        return withHeader("x-publishable-api-key", publishableKey);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response post(String path, Object body) {
        String json = body instanceof String raw ? raw : JSON.writeValueAsString(body);
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response patch(String path, Object body) {
        String json = body instanceof String raw ? raw : JSON.writeValueAsString(body);
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        for (int i = 0; i < headers.size(); i += 2) {
            builder.header(headers.get(i), headers.get(i + 1));
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Response(response.statusCode(), body.isEmpty() ? JSON.nullNode() : JSON.readTree(body),
                    response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, JsonNode body, Map<String, List<String>> headers) {

        /** The body's value at a JSON pointer such as {@code /region/id}, as text. */
        public String text(String pointer) {
            return body.at(pointer).asString();
        }
    }
}
