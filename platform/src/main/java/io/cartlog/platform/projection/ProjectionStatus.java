package io.cartlog.platform.projection;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What {@code GET /admin/projections} reports of each event processor. */
@Component
public class ProjectionStatus {

    private final Projections projections;
    private final ProcessorPositions positions;
    private final ProjectionRebuilds rebuilds;

    ProjectionStatus(Projections projections, ProcessorPositions positions, ProjectionRebuilds rebuilds) {
        this.projections = projections;
        this.positions = positions;
        this.rebuilds = rebuilds;
    }

    public record SegmentsView(int total, int claimed) {
    }

    public record ProjectionView(String name, String status, long position, long head, long lagEvents,
                                 long lagSeconds, SegmentsView segments, long deadLetters, String lastError,
                                 boolean rebuildable, Rebuild.View rebuild) {
    }

    public List<ProjectionView> all() {
        long head = positions.head();
        return projections.names().stream().map(name -> view(name, head)).flatMap(Optional::stream).toList();
    }

    public Optional<ProjectionView> one(String name) {
        return view(name, positions.head());
    }

    private Optional<ProjectionView> view(String name, long head) {
        return projections.processor(name).map(processor -> {
            ProcessorPositions.Segments segments = positions.segments(name);
            long position = segments.position();
            long lagEvents = Math.max(0, head - position);
            long lagSeconds = lagEvents == 0 ? 0 : positions.firstEventAfter(position)
                    .map(at -> Math.max(0, Duration.between(at, Instant.now()).toSeconds())).orElse(0L);
            Optional<Rebuild> rebuild = rebuilds.latest(name);
            return new ProjectionView(name, status(processor, rebuild, lagEvents), position, head, lagEvents, lagSeconds,
                    new SegmentsView(segments.total(), segments.claimed()), positions.deadLetters(name),
                    lastError(processor, name).orElse(null), projections.rebuildable(name),
                    rebuild.map(Rebuild::view).orElse(null));
        });
    }

    private static String status(TrackingEventProcessor processor, Optional<Rebuild> rebuild, long lagEvents) {
        if (rebuild.filter(Rebuild::running).isPresent()) {
            return rebuild.get().inPlace() ? "replaying" : "rebuilding";
        }
        if (processor.isError()) {
            return "error";
        }
        if (!processor.isRunning()) {
            return "stopped";
        }
        // A reset processor's tokens say "replaying" until an event past the reset point arrives.
        return lagEvents > 0 && processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isReplaying)
                ? "replaying" : "running";
    }

    private Optional<String> lastError(TrackingEventProcessor processor, String name) {
        return processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getError).filter(error -> error != null)
                .map(Throwable::toString).findFirst()
                .or(() -> positions.lastDeadLetterCause(name));
    }
}
