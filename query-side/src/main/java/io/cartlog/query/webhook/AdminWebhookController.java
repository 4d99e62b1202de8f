package io.cartlog.query.webhook;

import io.cartlog.events.common.Ids;
import io.cartlog.platform.signing.WebhookSignature;
import io.cartlog.platform.web.ApiException;
import io.cartlog.platform.web.Deleted;
import io.cartlog.query.common.Page;
import io.cartlog.query.webhook.WebhookDeliveryLog.DeliveryView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Webhook subscriptions ({@code /admin/webhooks}): create, list, change, delete, rotate the
 * signing secret, read the delivery log, retry a delivery, replay history.
 */
@RestController
@RequestMapping("/admin/webhooks")
class AdminWebhookController {

    private static final int MAX_DESCRIPTION = 1000;
    private static final Set<String> STATUSES = Set.of(WebhookQueue.WAITING, WebhookQueue.PENDING,
            WebhookQueue.DELIVERED, WebhookQueue.DEAD);

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveryLog deliveries;
    private final WebhookQueue queue;
    private final WebhookReplays replays;
    private final WebhookDispatcher dispatcher;
    private final WebhookProperties properties;

    AdminWebhookController(WebhookSubscriptions subscriptions, WebhookDeliveryLog deliveries, WebhookQueue queue,
                           WebhookReplays replays, WebhookDispatcher dispatcher, WebhookProperties properties) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.queue = queue;
        this.replays = replays;
        this.dispatcher = dispatcher;
        this.properties = properties;
    }

    record WebhookRequest(String url, List<String> eventTypes, String description, Boolean active) {
    }

    record WebhookView(String id, String url, List<String> eventTypes, String description, boolean active,
                       String secret, Instant previousSecretExpiresAt, boolean failing, Instant createdAt,
                       Instant updatedAt) {

        static WebhookView of(WebhookSubscription s) {
            return new WebhookView(s.id(), s.url(), s.eventTypes(), s.description(), s.active(), s.secret(),
                    s.previousSecretExpiresAt(), s.failing(), s.createdAt(), s.updatedAt());
        }
    }

    record WebhookList(List<WebhookView> webhooks, long count, int offset, int limit) {
    }

    record DeliveryList(List<DeliveryView> deliveries, long count, int offset, int limit) {
    }

    record ReplayRequest(String from, Long fromPosition) {
    }

    @PostMapping
    Map<String, WebhookView> create(@RequestBody WebhookRequest body) {
        Instant now = Instant.now();
        WebhookSubscription subscription = new WebhookSubscription(Ids.next("wh"),
                WebhookTargets.check(body.url(), properties.allowPrivateTargets()), eventTypes(body.eventTypes()),
                description(body.description()), body.active() == null || body.active(),
                WebhookSignature.newSecret(), null, null, false, now, now);
        subscriptions.insert(subscription);
        return respond(subscription);
    }

    @GetMapping
    WebhookList list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
        Page page = Page.of(limit, offset, 50);
        return new WebhookList(subscriptions.list(page.limit(), page.offset()).stream().map(WebhookView::of).toList(),
                subscriptions.count(), page.offset(), page.limit());
    }

    @GetMapping("/{id}")
    Map<String, WebhookView> get(@PathVariable String id) {
        return respond(require(id));
    }

    /** Changes what the body names. Reactivating a subscription clears its failing flag. */
    @PostMapping("/{id}")
    Map<String, WebhookView> update(@PathVariable String id, @RequestBody WebhookRequest body) {
        WebhookSubscription s = require(id);
        boolean active = body.active() == null ? s.active() : body.active();
        WebhookSubscription changed = new WebhookSubscription(s.id(),
                body.url() == null ? s.url() : WebhookTargets.check(body.url(), properties.allowPrivateTargets()),
                body.eventTypes() == null ? s.eventTypes() : eventTypes(body.eventTypes()),
                body.description() == null ? s.description() : description(body.description()), active, s.secret(),
                s.previousSecret(), s.previousSecretExpiresAt(), s.failing() && !(active && !s.active()),
                s.createdAt(), Instant.now());
        subscriptions.update(changed);
        dispatcher.wake();
        return respond(changed);
    }

    @DeleteMapping("/{id}")
    Deleted delete(@PathVariable String id) {
        subscriptions.delete(require(id).id());
        return Deleted.of(id, "webhook");
    }

    /** A new secret; the old one keeps signing next to it for the configured overlap. */
    @PostMapping("/{id}/rotate-secret")
    Map<String, WebhookView> rotateSecret(@PathVariable String id) {
        WebhookSubscription s = require(id);
        Instant now = Instant.now();
        WebhookSubscription rotated = new WebhookSubscription(s.id(), s.url(), s.eventTypes(), s.description(),
                s.active(), WebhookSignature.newSecret(), s.secret(), now.plus(properties.secretOverlap()),
                s.failing(), s.createdAt(), now);
        subscriptions.update(rotated);
        return respond(rotated);
    }

    @GetMapping("/{id}/deliveries")
    DeliveryList deliveries(@PathVariable String id, @RequestParam(required = false) String status,
                            @RequestParam(required = false) String origin,
                            @RequestParam(required = false) Integer limit,
                            @RequestParam(required = false) Integer offset) {
        require(id);
        if (status != null && !STATUSES.contains(status)) {
            throw ApiException.invalidData("Invalid request: 'status' must be one of waiting, pending, delivered, dead");
        }
        Page page = Page.of(limit, offset, 50);
        return new DeliveryList(deliveries.list(id, status, origin, page), deliveries.count(id, status, origin),
                page.offset(), page.limit());
    }

    /** Sends a dead or retrying delivery again now, with a fresh retry schedule. */
    @PostMapping("/{id}/deliveries/{deliveryId}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> retry(@PathVariable String id, @PathVariable String deliveryId) {
        require(id);
        String status = queue.status(id, deliveryId).orElseThrow(() ->
                ApiException.notFound("not_found", "Delivery with id '" + deliveryId + "' was not found"));
        if (!queue.retry(id, deliveryId)) {
            throw ApiException.conflict("not_retryable", "Delivery " + deliveryId + " is " + status
                    + (status.equals(WebhookQueue.WAITING) ? " behind an earlier delivery of its resource" : ""));
        }
        dispatcher.wake();
        return Map.of("delivery", Map.of("id", deliveryId, "status", WebhookQueue.PENDING));
    }

    /** Queues history again for this subscription: {@code from} (ISO time) or {@code from_position}; neither, all of it. */
    @PostMapping("/{id}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, WebhookReplays.Replay> replay(@PathVariable String id, @RequestBody(required = false) ReplayRequest body) {
        WebhookSubscription subscription = require(id);
        Instant from = null;
        Long fromPosition = null;
        if (body != null) {
            if (body.from() != null && body.fromPosition() != null) {
                throw ApiException.invalidData("Invalid request: give 'from' or 'from_position', not both");
            }
            if (body.from() != null) {
                try {
                    from = Instant.parse(body.from());
                } catch (DateTimeParseException e) {
                    throw ApiException.invalidData("Invalid request: 'from' must be an ISO 8601 time, such as "
                            + "2026-11-22T10:00:00Z");
                }
            }
            if (body.fromPosition() != null && body.fromPosition() < 0) {
                throw ApiException.invalidData("Invalid request: 'from_position' must not be negative");
            }
            fromPosition = body.fromPosition();
        }
        return Map.of("replay", replays.start(subscription, from, fromPosition));
    }

    private WebhookSubscription require(String id) {
        return subscriptions.find(id).orElseThrow(() ->
                ApiException.notFound("not_found", "Webhook with id '" + id + "' was not found"));
    }

    private static Map<String, WebhookView> respond(WebhookSubscription subscription) {
        return Map.of("webhook", WebhookView.of(subscription));
    }

    private static List<String> eventTypes(List<String> types) {
        if (types == null) {
            return List.of();
        }
        for (String type : types) {
            boolean known = type != null && (type.equals("*") || WebhookCatalog.TYPES.contains(type)
                    || type.endsWith(".*") && WebhookCatalog.RESOURCES.contains(type.substring(0, type.length() - 2)));
            if (!known) {
                throw ApiException.invalidData("Invalid request: unknown event type '" + type + "'; known are "
                        + String.join(", ", WebhookCatalog.TYPES.stream().sorted().toList()) + ", <resource>.* and *");
            }
        }
        return types.stream().distinct().toList();
    }

    private static String description(String description) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw ApiException.invalidData("Invalid request: 'description' is longer than " + MAX_DESCRIPTION);
        }
        return description;
    }
}
