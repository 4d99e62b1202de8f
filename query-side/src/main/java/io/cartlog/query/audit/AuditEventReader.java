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
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns stored rows into {@link AuditEvent}s the way the event store reads them: through the
 * upcasters to the current revision, then deserialized, so auditors see what handlers see.
 */
@Component
class AuditEventReader {

    /**
     * Axon's origin keys under the names auditors know: its {@code traceId} is the id of the
     * message that started the chain (correlation), its {@code correlationId} the one that directly
     * caused this event (causation).
     */
    static final Map<String, String> METADATA_KEYS = Map.of("traceId", "correlation_id", "correlationId", "causation_id");

    private static final byte[] EMPTY_JSON = "{}".getBytes(StandardCharsets.UTF_8);

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
        return new AuditEvent(positioned.position(), row.eventIdentifier(), typeName(type), schemaVersion(type),
                row.payloadRevision(), message.getTimestamp(),
                new AuditEvent.Resource(resourceType(row.type()), row.aggregateIdentifier(),
                        ((DomainEventMessage<?>) message).getSequenceNumber()),
                message.getPayload(), metadata(message.getMetaData()));
    }

    /**
     * Whether an upcaster changes events stored as {@code stored}. Ours pick events by type and
     * revision, so one probe with an empty payload answers for every row of that type.
     */
    boolean upcasts(SerializedType stored) {
        var probe = new InitialEventRepresentation(new GenericDomainEventEntry<>("Probe", "probe", 0, "probe",
                Instant.EPOCH, stored.getName(), stored.getRevision(), EMPTY_JSON, EMPTY_JSON), serializer);
        List<IntermediateEventRepresentation> read = upcasters.upcast(Stream.of(probe)).toList();
        return read.size() != 1 || read.get(0) != probe;
    }

    /** The class events stored as {@code stored} are read as. */
    Class<?> payloadClass(SerializedType stored) {
        return serializer.classForType(stored);
    }

    /** The external name of an event class ({@code cart.created}). */
    static String typeName(Class<?> type) {
        PublicEvent name = type.getAnnotation(PublicEvent.class);
        return name == null ? type.getName() : name.value();
    }

    /** The revision an event class is read at. */
    static String schemaVersion(Class<?> type) {
        Revision revision = type.getAnnotation(Revision.class);
        return revision == null ? null : revision.value();
    }

    /** {@code InventoryItem} → {@code inventory_item}: the aggregate type as the API names resources. */
    static String resourceType(String aggregateType) {
        return aggregateType == null ? null
                : aggregateType.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> metadata(Map<String, ?> stored) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        stored.forEach((key, value) -> metadata.put(METADATA_KEYS.getOrDefault(key, key), metadataValue(key, value)));
        return metadata;
    }

    /** The channels a request was made in are stored comma-separated and read as a list. */
    static Object metadataValue(String key, Object value) {
        return key.equals("sales_channel_ids") && value instanceof String ids && !ids.isEmpty()
                ? Arrays.asList(ids.split(",")) : value;
    }
}
