package io.cartlog.query.audit;

import io.cartlog.platform.audit.StoredEvent;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the export's lines: each event as the feed shows it, read by {@link AuditEventReader} and
 * written by the API's mapper. Deserializing every payload only to write it again took most of an
 * export's time, so a row that no upcaster changes is written straight from its stored JSON
 * ({@link PayloadCopier}) into the same line; a row the copy cannot vouch for goes the feed's way.
 */
@Component
class ExportWriter {

    private final AuditEventReader reader;
    private final JsonMapper json;
    /** Leaves a line that is given up half-written as it is, to be thrown away. */
    private final ObjectWriter lineWriter;
    /** Null unless payloads are stored as Jackson writes them. */
    private final ObjectMapper stored;
    private final PayloadCopier payloads;
    private final Map<SerializedType, Optional<CopiedType>> copiedTypes = new ConcurrentHashMap<>();
    private final Map<String, String> resourceTypes = new ConcurrentHashMap<>();

    ExportWriter(AuditEventReader reader, JsonMapper json, @Qualifier("eventSerializer") Serializer serializer) {
        this.reader = reader;
        this.json = json;
        this.lineWriter = json.writer().without(StreamWriteFeature.AUTO_CLOSE_CONTENT);
        this.stored = serializer instanceof Jackson3Serializer jackson ? jackson.getObjectMapper() : null;
        this.payloads = stored == null ? null : new PayloadCopier(stored, json);
    }

    /** Writes a line per event that also matches {@code filter}'s actor, to {@code out}; for one thread. */
    Lines lines(FeedFilter filter, OutputStream out) {
        return new Lines(filter, out);
    }

    /** What the lines of a stored payload type that is copied share. */
    private record CopiedType(String name, String schemaVersion, PayloadCopier.Shape payload) {
    }

    private Optional<CopiedType> copiedType(SerializedType storedType) {
        if (payloads == null || reader.upcasts(storedType)) {
            return Optional.empty();
        }
        Class<?> type = reader.payloadClass(storedType);
        return payloads.shapeOf(type).map(shape ->
                new CopiedType(AuditEventReader.typeName(type), AuditEventReader.schemaVersion(type), shape));
    }

    final class Lines {

        private final FeedFilter filter;
        private final OutputStream out;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
        /** The copied line's actor, for the filter. */
        private Object actor;

        private Lines(FeedFilter filter, OutputStream out) {
            this.filter = filter;
            this.out = out;
        }

        void write(PositionedEvent positioned) {
            try {
                line.reset();
                if (!copied(positioned)) {
                    line.reset();
                    AuditEvent event = reader.read(positioned);
                    if (filter.matchesActor(event)) {
                        json.writeValue(line, event);
                    }
                }
                if (line.size() > 0) {
                    line.write('\n');
                    line.writeTo(out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Writes the line from the stored JSON as {@link AuditEvent} is written; false if it cannot. */
        private boolean copied(PositionedEvent positioned) {
            StoredEvent row = positioned.event();
            String occurredAt = StoredTimestamps.isoInstant(row.timeStamp());
            if (row.type() == null || row.metaData() == null || occurredAt == null) {
                return false;
            }
            CopiedType type = copiedTypes.computeIfAbsent(
                    new SimpleSerializedType(row.payloadType(), row.payloadRevision()), ExportWriter.this::copiedType)
                    .orElse(null);
            if (type == null) {
                return false;
            }
            try (JsonGenerator out = lineWriter.createGenerator(line)) {
                out.writeStartObject();
                out.writeNumberProperty("position", positioned.position());
                out.writeStringProperty("id", row.eventIdentifier());
                out.writeStringProperty("type", type.name());
                out.writeStringProperty("schema_version", type.schemaVersion());
                out.writeStringProperty("stored_schema_version", row.payloadRevision());
                out.writeStringProperty("occurred_at", occurredAt);
                out.writeName("resource");
                out.writeStartObject();
                out.writeStringProperty("type", resourceTypes.computeIfAbsent(row.type(), AuditEventReader::resourceType));
                out.writeStringProperty("id", row.aggregateIdentifier());
                out.writeNumberProperty("version", row.sequenceNumber());
                out.writeEndObject();
                out.writeName("payload");
                if (!payloads.copy(type.payload(), row.payload(), out)) {
                    return false;
                }
                out.writeName("metadata");
                if (!metadata(row.metaData(), out)) {
                    return false;
                }
                out.writeEndObject();
            }
            if (!filter.matchesActor(actor)) {
                line.reset();
            }
            return true;
        }

        /**
         * Stored metadata renamed as {@link AuditEventReader} renames it. Only string values, which
         * Axon reads as they are; a key already named as a renamed one would collide with it.
         */
        private boolean metadata(byte[] metaData, JsonGenerator out) {
            actor = null;
            try (JsonParser in = stored.createParser(metaData)) {
                if (in.nextToken() != JsonToken.START_OBJECT) {
                    return false;
                }
                out.writeStartObject();
                for (String key = in.nextName(); key != null; key = in.nextName()) {
                    if (in.nextToken() != JsonToken.VALUE_STRING || AuditEventReader.METADATA_KEYS.containsValue(key)) {
                        return false;
                    }
                    String value = in.getString();
                    out.writeName(AuditEventReader.METADATA_KEYS.getOrDefault(key, key));
                    if (AuditEventReader.metadataValue(key, value) instanceof List<?> values) {
                        out.writeStartArray();
                        for (Object element : values) {
                            out.writeString((String) element);
                        }
                        out.writeEndArray();
                    } else {
                        out.writeString(value);
                    }
                    if (key.equals("actor")) {
                        actor = value;
                    }
                }
                out.writeEndObject();
                return in.nextToken() == null;
            } catch (JacksonException unreadable) {
                return false;
            }
        }
    }
}
