package io.cartlog.query.audit;

import io.cartlog.platform.web.ApiException;
import io.cartlog.query.common.QueryParams;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.BufferedOutputStream;
import java.util.List;
import java.util.Set;

/**
 * The global order of events: {@code GET /admin/events} a page at a time behind a cursor, and
 * {@code GET /admin/events/export} as NDJSON, streamed straight from a database cursor.
 */
@RestController
class EventFeedController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final EventLog log;
    private final EventTypes types;
    private final ExportWriter lines;

    EventFeedController(EventLog log, EventTypes types, ExportWriter lines) {
        this.log = log;
        this.types = types;
        this.lines = lines;
    }

    @GetMapping("/admin/events")
    Feed feed(HttpServletRequest request,
              @RequestParam(required = false) String cursor,
              @RequestParam(name = "after", required = false) Long after,
              @RequestParam(required = false) Integer limit) {
        if (cursor != null && after != null) {
            throw ApiException.invalidData("Invalid request: give 'cursor' or 'after', not both");
        }
        FeedCursor from = cursor != null ? FeedCursor.decode(cursor)
                : after != null ? FeedCursor.after(AuditParams.position("after", after)) : FeedCursor.START;
        EventLog.FeedPage page = log.page(filter(request, null, null), from, AuditParams.limit(limit, 100, 1_000));
        return new Feed(page.events(), page.next().encode(), page.next().position(), page.head(), page.hasMore());
    }

    @GetMapping("/admin/events/export")
    ResponseEntity<StreamingResponseBody> export(HttpServletRequest request,
                                                 @RequestParam(name = "from_position", required = false) Long fromPosition,
                                                 @RequestParam(name = "to_position", required = false) Long toPosition) {
        FeedFilter filter = filter(request, AuditParams.position("from_position", fromPosition),
                AuditParams.position("to_position", toPosition));
        // The end is fixed when asked, so an export is one range however long it streams.
        long head = log.head();
        StreamingResponseBody body = output -> {
            BufferedOutputStream out = new BufferedOutputStream(output, 1 << 16);
            log.export(filter, head, lines.lines(filter, out)::write);
            out.flush();
        };
        return ResponseEntity.ok().contentType(NDJSON).header("X-Cartlog-Head", Long.toString(head)).body(body);
    }

    private FeedFilter filter(HttpServletRequest request, Long fromPosition, Long toPosition) {
        List<String> typePatterns = QueryParams.values(request, "type").stream()
                .flatMap(value -> List.of(value.split(",")).stream()).map(String::trim)
                .filter(value -> !value.isEmpty()).toList();
        Set<String> payloadTypes = typePatterns.isEmpty() ? Set.of() : types.storedTypes(typePatterns);
        String resourceType = request.getParameter("resource_type");
        String aggregateType = resourceType == null || resourceType.isBlank() ? null
                : AuditedResources.aggregateTypeOf(resourceType.trim()).orElseThrow(() ->
                        ApiException.invalidData("Unknown resource type '" + resourceType + "'"));
        String resourceId = blankToNull(request.getParameter("resource_id"));
        String actor = blankToNull(request.getParameter("actor"));
        return new FeedFilter(payloadTypes, aggregateType, resourceId, AuditParams.time("from", request.getParameter("from")),
                AuditParams.time("to", request.getParameter("to")), actor, fromPosition, toPosition);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    record Feed(List<AuditEvent> events, String nextCursor, long position, long head, boolean hasMore) {
    }
}
