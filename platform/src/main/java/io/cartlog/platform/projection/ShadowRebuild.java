package io.cartlog.platform.projection;

import io.cartlog.platform.projection.Projections.ReadModelGroup;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Rebuilds a read model while the old one keeps serving (PostgreSQL): a second processor replays
 * the store from its first event into copies of the tables; once it has caught up, the live
 * processor pauses, the rebuild processor takes the last few events, and one transaction swaps
 * the tables and hands the rebuild processor's position to the live processor, which resumes.
 * Caches of the old tables are dropped ({@link ReadModelRebuilt}) as soon as the new ones serve.
 */
final class ShadowRebuild implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ShadowRebuild.class);
    private static final Duration POLL = Duration.ofMillis(100);
    /** How long the live processor may stay paused while the rebuild takes its last events. */
    private static final Duration FINAL_CATCH_UP = Duration.ofMinutes(2);

    private final Rebuild rebuild;
    private final ReadModelGroup readModel;
    private final TrackingEventProcessor live;
    private final ShadowTables tables;
    private final ProcessorPositions positions;
    private final RebuildProcessors processors;
    private final RebuildLock lock;
    private final ApplicationEventPublisher events;
    private final String rebuildProcessor;
    private TrackingEventProcessor builder;

    ShadowRebuild(Rebuild rebuild, ReadModelGroup readModel, TrackingEventProcessor live, ShadowTables tables,
                  ProcessorPositions positions, RebuildProcessors processors, RebuildLock lock,
                  ApplicationEventPublisher events) {
        this.rebuild = rebuild;
        this.readModel = readModel;
        this.live = live;
        this.tables = tables;
        this.positions = positions;
        this.processors = processors;
        this.lock = lock;
        this.events = events;
        this.rebuildProcessor = readModel.name() + "-rebuild";
    }

    /** Holds the lock until a failed rebuild is cleaned up too, so no second one starts on its leftovers. */
    @Override
    public void run() {
        try (lock) {
            rebuildAndSwap();
        } catch (SQLException e) {
            log.warn("Releasing the rebuild lock of {} failed: {}", readModel.name(), e.toString());
        }
    }

    private void rebuildAndSwap() {
        try {
            tables.drop(rebuildProcessor);
            tables.create();
            builder = processors.create(readModel, rebuildProcessor, tables.searchPath());
            builder.start();
            waitUntil(this::caughtUp, null);
            rebuild.status(Rebuild.CATCHING_UP);
            live.shutDown();
            waitUntil(this::caughtUp, Instant.now().plus(FINAL_CATCH_UP));
            builder.shutDown();
            rebuild.status(Rebuild.SWAPPING);
            tables.swap(readModel.name(), rebuildProcessor);
            events.publishEvent(new ReadModelRebuilt(readModel.name()));
            live.start();
            rebuild.completed();
            log.info("Rebuilt read model {} up to global index {}", readModel.name(), rebuild.view().position());
        } catch (Exception e) {
            log.error("Rebuilding read model {} failed", readModel.name(), e);
            rebuild.failed(e.toString());
            abandon();
        }
    }

    /** The rebuild processor has reached the live processor (and has begun at all). */
    private boolean caughtUp() {
        ProcessorPositions.Segments mine = positions.segments(rebuildProcessor);
        long target = positions.segments(readModel.name()).position();
        rebuild.progress(mine.position(), target);
        return mine.total() > 0 && mine.position() >= target;
    }

    private void waitUntil(BooleanSupplier condition, Instant deadline) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            if (builder.isError()) {
                rebuild.error(builder.processingStatus().values().stream()
                        .filter(status -> status.getError() != null)
                        .map(status -> status.getError().toString()).findFirst().orElse("error"));
            }
            if (deadline != null && Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The rebuild did not catch up with the paused live processor in time");
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** Leaves the old read model serving as it was. */
    private void abandon() {
        try {
            if (builder != null) {
                builder.shutDown();
            }
            tables.drop(rebuildProcessor);
        } catch (RuntimeException e) {
            log.warn("Cleaning up the failed rebuild of {} failed: {}", readModel.name(), e.toString());
        } finally {
            if (!live.isRunning()) {
                live.start();
            }
        }
    }
}
