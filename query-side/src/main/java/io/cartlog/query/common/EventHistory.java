package io.cartlog.query.common;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

    /** The events of another stream up to the moment the resource's own history ended at. */
    public List<DomainEventMessage<?>> upTo(String streamId, Instant moment) {
        return upTo(streamId, new AsOf(null, moment));
    }
}
