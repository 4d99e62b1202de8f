package io.cartlog.platform.projection;

import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Resets the live processor to the first event and lets it replay into its own tables, which its
 * {@code @ResetHandler} empties first: the read model is incomplete until the replay ends. The
 * fallback on H2 (one process) and what the offline command-line rebuild does. Once it has
 * caught up, caches that may still hold rows of before the reset are dropped ({@link ReadModelRebuilt}).
 */
final class InPlaceRebuild implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(InPlaceRebuild.class);
    private static final long POLL_MILLIS = 100;

    private final Rebuild rebuild;
    private final TrackingEventProcessor processor;
    private final ProcessorPositions positions;
    private final ApplicationEventPublisher events;

    InPlaceRebuild(Rebuild rebuild, TrackingEventProcessor processor, ProcessorPositions positions,
                   ApplicationEventPublisher events) {
        this.rebuild = rebuild;
        this.processor = processor;
        this.positions = positions;
        this.events = events;
    }

    @Override
    public void run() {
        try {
            long target = positions.head();
            processor.shutDown();
            processor.resetTokens();
            processor.start();
            while (!replayed(target)) {
                Thread.sleep(POLL_MILLIS);
            }
            events.publishEvent(new ReadModelRebuilt(rebuild.name()));
            rebuild.completed();
        } catch (Exception e) {
            log.error("Replaying read model {} failed", rebuild.name(), e);
            rebuild.failed(e.toString());
            if (!processor.isRunning()) {
                processor.start();
            }
        }
    }

    /**
     * Every event up to the head at the start is processed. (Axon's tokens stay replay tokens until
     * an event beyond the reset point arrives, so "not replaying" may never come on a quiet store.)
     */
    private boolean replayed(long target) {
        ProcessorPositions.Segments segments = positions.segments(rebuild.name());
        rebuild.progress(segments.position(), target);
        return segments.total() > 0 && segments.position() >= target;
    }
}
