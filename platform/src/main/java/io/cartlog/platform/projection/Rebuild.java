package io.cartlog.platform.projection;

import io.cartlog.events.common.Ids;

import java.time.Duration;
import java.time.Instant;

/** One rebuild of one read model, as its worker thread advances it; read by status requests. */
public final class Rebuild {

    static final String BUILDING = "building";
    static final String CATCHING_UP = "catching_up";
    static final String SWAPPING = "swapping";
    static final String REPLAYING = "replaying";
    static final String COMPLETED = "completed";
    static final String FAILED = "failed";

    private final String id = Ids.next("rebuild");
    private final String name;
    private final boolean inPlace;
    private final Instant startedAt = Instant.now();
    private volatile String status;
    private volatile long startPosition = -1;
    private volatile long position;
    private volatile long target;
    private volatile Instant finishedAt;
    private volatile String error;

    Rebuild(String name, boolean inPlace) {
        this.name = name;
        this.inPlace = inPlace;
        this.status = inPlace ? REPLAYING : BUILDING;
    }

    /** What {@code GET /admin/projections} shows of a rebuild. */
    public record View(String id, String mode, String status, Instant startedAt, Instant finishedAt, long position,
                       long target, double progress, double eventsPerSecond, String error) {
    }

    public String name() {
        return name;
    }

    public boolean inPlace() {
        return inPlace;
    }

    public boolean running() {
        return !COMPLETED.equals(status) && !FAILED.equals(status);
    }

    public boolean failed() {
        return FAILED.equals(status);
    }

    void status(String status) {
        this.status = status;
    }

    void progress(long position, long target) {
        if (startPosition < 0) {
            startPosition = position;
        }
        this.position = position;
        this.target = target;
    }

    /** A failure the rebuild is retrying; it shows until the rebuild ends. */
    void error(String error) {
        this.error = error;
    }

    void completed() {
        finishedAt = Instant.now();
        error = null;
        status = COMPLETED;
    }

    void failed(String error) {
        finishedAt = Instant.now();
        this.error = error;
        status = FAILED;
    }

    public View view() {
        double progress = COMPLETED.equals(status) || target <= 0 ? (COMPLETED.equals(status) ? 1.0 : 0.0)
                : Math.min(1.0, (double) position / target);
        Duration elapsed = Duration.between(startedAt, finishedAt == null ? Instant.now() : finishedAt);
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        double rate = startPosition < 0 ? 0 : (position - startPosition) / seconds;
        return new View(id, inPlace ? "in_place" : "shadow", status, startedAt, finishedAt, position, target,
                Math.round(progress * 1000) / 1000.0, Math.round(rate * 10) / 10.0, error);
    }
}
