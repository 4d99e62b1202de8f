package io.cartlog.platform.metadata;

import io.cartlog.platform.storefront.PublishableKey;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.HashMap;
import java.util.Map;

/**
 * What every event records about the request that caused it: who acted, through which key,
 * and the request id a client or gateway can quote. Keys are snake_case in the stored metadata.
 */
public final class RequestMetadata {

    public static final String REQUEST_ID = "request_id";
    public static final String ACTOR = "actor";
    public static final String API_KEY_ID = "api_key_id";
    public static final String SALES_CHANNEL_IDS = "sales_channel_ids";

    static final String REQUEST_ID_ATTRIBUTE = RequestMetadata.class.getName() + ".requestId";
    static final String ACTOR_ATTRIBUTE = RequestMetadata.class.getName() + ".actor";

    private RequestMetadata() {
    }

    /** Marks the current request as made by {@code actor} (e.g. {@code admin}, {@code customer:cus_…}). */
    public static void actAs(String actor) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ACTOR_ATTRIBUTE, actor, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The metadata of the current HTTP request; outside a request (the demo seeder, sagas) it is {@code system}. */
    static Map<String, Object> current() {
        Map<String, Object> metadata = new HashMap<>();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            metadata.put(ACTOR, "system");
            return metadata;
        }
        Object requestId = request.getAttribute(REQUEST_ID_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (requestId != null) {
            metadata.put(REQUEST_ID, requestId);
        }
        Object actor = request.getAttribute(ACTOR_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (request.getAttribute(PublishableKey.REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof PublishableKey key) {
            metadata.put(API_KEY_ID, key.id());
            metadata.put(SALES_CHANNEL_IDS, String.join(",", key.salesChannelIds()));
            actor = actor == null ? "anonymous" : actor;
        }
        metadata.put(ACTOR, actor == null ? "anonymous" : actor);
        return metadata;
    }
}
