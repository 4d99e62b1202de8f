package io.cartlog.queries.apikey;

public record FindApiKeyQuery(String apiKeyId) {
}
