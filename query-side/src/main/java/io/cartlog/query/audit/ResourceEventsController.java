package io.cartlog.query.audit;

import io.cartlog.platform.web.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /admin/{resources}/{id}/events}: one resource's history, oldest first. */
@RestController
class ResourceEventsController {

    private static final int MAX_LIMIT = 10_000;

    private final EventLog log;

    ResourceEventsController(EventLog log) {
        this.log = log;
    }

    @GetMapping("/admin/{resources}/{id}/events")
    ResourceEvents events(@PathVariable String resources, @PathVariable String id,
                          @RequestParam(name = "after_version", required = false) Long afterVersion,
                          @RequestParam(required = false) Integer limit) {
        String aggregateType = AuditedResources.aggregateType(resources).orElseThrow(() ->
                ApiException.notFound("not_found", "No events are kept for '" + resources + "'"));
        String resourceType = AuditEventReader.resourceType(aggregateType);
        if (!log.aggregateType(id).map(aggregateType::equals).orElse(false)) {
            throw ApiException.notFound(resourceType + "_not_found",
                    "No " + resourceType.replace('_', ' ') + " with id '" + id + "' was found");
        }
        int max = AuditParams.limit(limit, 1_000, MAX_LIMIT);
        long after = afterVersion == null ? -1 : afterVersion;
        List<AuditEvent> events = log.stream(id, after, max + 1);
        boolean hasMore = events.size() > max;
        return new ResourceEvents(new Stream(resourceType, id), hasMore ? events.subList(0, max) : events, hasMore);
    }

    record ResourceEvents(Stream resource, List<AuditEvent> events, boolean hasMore) {
    }

    record Stream(String type, String id) {
    }
}
