package io.cartlog.query.audit;

import io.cartlog.events.EventUpcasters;
import io.cartlog.events.common.PublicEvent;
import io.cartlog.platform.audit.StoredEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns stored rows into {@link AuditEvent}s the way the event store reads them: through the
 * upcasters to the current revision, then deserialized, so auditors see what handlers see.
 */
@Component
class AuditEventReader {

    private final Serializer serializer;
    private final EventUpcasterChain upcasters = EventUpcasters.chain();

    AuditEventReader(@Qualifier("eventSerializer") Serializer serializer) {
        this.serializer = serializer;
    }

    AuditEvent read(PositionedEvent positioned) {
        StoredEvent row = positioned.event();
        var entry = new GenericDomainEventEntry<>(row.type(), row.aggregateIdentifier(), row.sequenceNumber(),
                row.eventIdentifier(), row.timeStamp(), row.payloadType(), row.payloadRevision(), row.payload(),
                row.metaData());
        TrackedEventMessage<?> message = EventUtils.upcastAndDeserializeTrackedEvents(
                        Stream.of(new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(positioned.position()), entry)),
                        serializer, upcasters)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Event " + row.eventIdentifier() + " was upcast to nothing"));
        Class<?> type = message.getPayloadType();
        PublicEvent name = type.getAnnotation(PublicEvent.class);
        Revision revision = type.getAnnotation(Revision.class);
        return new AuditEvent(positioned.position(), row.eventIdentifier(), name == null ? type.getName() : name.value(),
                revision == null ? null : revision.value(), row.payloadRevision(), message.getTimestamp(),
                new AuditEvent.Resource(resourceType(row.type()), row.aggregateIdentifier(),
                        ((DomainEventMessage<?>) message).getSequenceNumber()),
                message.getPayload(), metadata(message.getMetaData()));
    }

    /** {@code InventoryItem} → {@code inventory_item}: the aggregate type as the API names resources. */
    static String resourceType(String aggregateType) {
        return aggregateType == null ? null
                : aggregateType.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /**
     * Axon's origin keys under the names auditors know: its {@code traceId} is the id of the
     * message that started the chain (correlation), its {@code correlationId} the one that directly
     * caused this event (causation).
     */
    private static Map<String, Object> metadata(Map<String, ?> stored) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        stored.forEach((key, value) -> {
            switch (key) {
                case "traceId" -> metadata.put("correlation_id", value);
                case "correlationId" -> metadata.put("causation_id", value);
                case "sales_channel_ids" -> metadata.put(key, value instanceof String ids && !ids.isEmpty()
                        ? Arrays.asList(ids.split(",")) : value);
                default -> metadata.put(key, value);
            }
        });
        return metadata;
    }
}
