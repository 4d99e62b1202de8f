package io.cartlog.query.apikey;

import io.cartlog.platform.web.ApiException;
import io.cartlog.query.common.Page;
import io.cartlog.queries.apikey.ApiKeyView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
class ApiKeyController {

    private static final List<String> TYPES = List.of("publishable", "secret");

    private final ApiKeyRepository keys;

    ApiKeyController(ApiKeyRepository keys) {
        this.keys = keys;
    }

    @GetMapping("/admin/api-keys")
    ApiKeyList list(@RequestParam(required = false) String type, @RequestParam(required = false) String q,
                    @RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
        if (type != null && !TYPES.contains(type)) {
            throw ApiException.invalidData("Invalid request: 'type' must be one of: " + String.join(", ", TYPES));
        }
        Page page = Page.of(limit, offset, 20);
        return new ApiKeyList(keys.list(type, q, page), keys.count(type, q), page.offset(), page.limit());
    }

    @GetMapping("/admin/api-keys/{id}")
    Map<String, ApiKeyView> get(@PathVariable String id) {
        return Map.of("api_key", keys.find(id).orElseThrow(() ->
                ApiException.notFound("api_key_not_found", "Api key with id '" + id + "' not found")));
    }

    record ApiKeyList(List<ApiKeyView> apiKeys, long count, int offset, int limit) {
    }
}
