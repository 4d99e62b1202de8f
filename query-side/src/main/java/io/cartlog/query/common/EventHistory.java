package io.cartlog.query.common;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stream's events read back from the event store for time travel: upcast to their current
 * revision, from the first event (never from a snapshot), up to an {@link AsOf}.
 */
@Component
public class EventHistory {

    private final EventStore eventStore;

    public EventHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public List<DomainEventMessage<?>> upTo(String streamId, AsOf asOf) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(streamId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (!asOf.includes(event.getSequenceNumber(), event.getTimestamp())) {
                break;
            }
            events.add(event);
        }
        return events;
    }

    /** How one event changes a resource's state; the state is null before the first event. */
    @FunctionalInterface
    public interface Evolution<T> {
        T apply(T state, DomainEventMessage<?> event);
    }

    /** A resource's state folded from its events, its version then, and the moment it stands for. */
    public record Folded<T>(T state, long version, Instant moment) {
    }

    /**
     * The resource as of {@code asOf}; empty when it did not exist then (its stream is empty up to
     * then or does not start with {@code creation}: the id is another resource's).
     */
    public <T> Optional<Folded<T>> fold(String streamId, AsOf asOf, Class<?> creation, String resource,
                                        Evolution<T> evolution) {
        List<DomainEventMessage<?>> events = upTo(streamId, asOf);
        if (events.isEmpty() || !creation.isInstance(events.get(0).getPayload())) {
            return Optional.empty();
        }
        T state = null;
        for (DomainEventMessage<?> event : events) {
            state = evolution.apply(state, event);
        }
        DomainEventMessage<?> last = events.get(events.size() - 1);
        asOf.requireReached(last.getSequenceNumber(), resource + " '" + streamId + "'");
        // A version stands for the moment of its event, so other streams' later changes stay out.
        Instant moment = asOf.time() != null ? asOf.time() : last.getTimestamp();
        return Optional.of(new Folded<>(state, last.getSequenceNumber(), moment));
    }

    /** The events of another stream up to the moment the resource's own history ended at. */
    public List<DomainEventMessage<?>> upTo(String streamId, Instant moment) {
        return upTo(streamId, new AsOf(null, moment));
    }
}
