package io.cartlog.query.audit;

import io.cartlog.platform.audit.StoredEvent;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export copies stored JSON instead of reading every event; its lines must still be the feed's.
 * Payloads are shared-events' pinned stored JSON of every event type at every revision.
 */
class ExportWriterTest {

    /** shared-events pins each event's stored JSON there, at every revision it had. */
    private static final Path PINNED = Path.of("../shared-events/src/test/resources/events");
    /** Every published event class by simple name. */
    private static final Map<String, String> EVENT_CLASSES = new EventTypes().storedTypes(List.of("*")).stream()
            .collect(Collectors.toMap(name -> name.substring(name.lastIndexOf('.') + 1), name -> name));
    private static final Jackson3Serializer SERIALIZER = Jackson3Serializer.builder().build();
    /** Named as the API names properties (cartlog-platform.yml). */
    private static final JsonMapper API = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    private static final String METADATA = """
            {"traceId": "trace-1", "actor": "customer:cus_01", "sales_channel_ids": "sc_01,sc_02",
             "correlationId": "cause-1", "request_id": "req_01", "api_key_id": "apk_01"}""";

    private final AuditEventReader reader = new AuditEventReader(SERIALIZER);
    private final ExportWriter writer = new ExportWriter(reader, API, SERIALIZER);
    private final PayloadCopier copier = new PayloadCopier(SERIALIZER.getObjectMapper(), API);

    static List<Path> pinnedPayloads() throws IOException {
        try (Stream<Path> files = Files.list(PINNED)) {
            return files.sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("pinnedPayloads")
    void everyPinnedPayloadIsExportedAsTheFeedShowsIt(Path pinned) {
        StoredEvent row = row(pinned, "2026-11-22T10:15:30.123Z", METADATA);

        assertThat(exported(row, null)).isEqualTo(List.of(feed(row)));
    }

    @ParameterizedTest
    @MethodSource("pinnedPayloads")
    void everyPayloadAtItsCurrentRevisionIsCopiedNotReadAgain(Path pinned) {
        StoredEvent row = row(pinned, "2026-11-22T10:15:30.123Z", METADATA);
        var stored = new SimpleSerializedType(row.payloadType(), row.payloadRevision());
        Class<?> type = reader.payloadClass(stored);
        boolean current = row.payloadRevision().equals(AuditEventReader.schemaVersion(type));

        assertThat(reader.upcasts(stored)).isEqualTo(!current);
        if (current) {
            ByteArrayOutputStream copied = new ByteArrayOutputStream();
            try (JsonGenerator out = API.createGenerator(copied)) {
                assertThat(copier.copy(copier.shapeOf(type).orElseThrow(), row.payload(), out)).isTrue();
            }
            Object event = SERIALIZER.deserialize(new SimpleSerializedObject<>(row.payload(), byte[].class, stored));
            assertThat(API.readTree(copied.toByteArray())).isEqualTo(API.readTree(API.writeValueAsBytes(event)));
        }
    }

    @Test
    void metadataIsRenamedAndFilteredByActorAsTheFeedDoes() {
        StoredEvent cartCreated = row(PINNED.resolve("CartCreatedEvent.v2.json"), "2026-11-22T10:15:30.000Z", METADATA);
        List<StoredEvent> rows = Stream.of(METADATA,
                        "{}",
                        "{\"actor\": \"admin\", \"sales_channel_ids\": \"\"}",
                        "{\"actor\": \"customer:cus_02\", \"sales_channel_ids\": \",sc_03,\"}",
                        "{\"actor\": \"customer:cus_03\", \"attempt\": 2, \"tags\": [\"a\"], \"note\": null}",
                        "{\"traceId\": \"trace-1\", \"correlation_id\": \"taken\", \"actor\": \"customer:cus_04\"}")
                .map(metadata -> new StoredEvent(UUID.randomUUID().toString(), cartCreated.aggregateIdentifier(), 0,
                        cartCreated.type(), cartCreated.timeStamp(), cartCreated.payloadType(),
                        cartCreated.payloadRevision(), cartCreated.payload(), metadata.getBytes(StandardCharsets.UTF_8)))
                .toList();

        for (String actor : new String[] {null, "customer:*", "admin", "nobody"}) {
            List<JsonNode> feed = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                AuditEvent event = reader.read(new PositionedEvent(i + 1, rows.get(i)));
                if (filter(actor).matchesActor(event)) {
                    feed.add(API.readTree(API.writeValueAsBytes(event)));
                }
            }
            assertThat(exported(rows, actor)).as("actor %s", actor).isEqualTo(feed);
        }
    }

    @Test
    void theStoredTimeIsWrittenAsTheApiWritesItsInstant() {
        for (String stored : List.of("2026-11-22T10:15:30.123Z", "2026-11-22T10:15:30.100Z",
                "2026-11-22T10:15:30.000Z", "0001-01-01T00:00:00.001Z", "2024-02-29T23:59:59.999Z")) {
            assertThat(StoredTimestamps.isoInstant(stored)).as(stored)
                    .isEqualTo(API.writeValueAsString(StoredTimestamps.parse(stored)).replace("\"", ""));
        }
        assertThat(StoredTimestamps.isoInstant("2026-02-29T10:15:30.123Z")).isNull();
        assertThat(StoredTimestamps.isoInstant("2026-11-22T10:15:30.123+01:00")).isNull();
        assertThat(StoredTimestamps.isoInstant("2026-11-22T10:15:30Z")).isNull();
        assertThat(StoredTimestamps.isoInstant("+2026-11-22T10:15:30.1Z")).isNull();
    }

    @Test
    void aPayloadTheRoundTripWouldReadDifferentlyIsNotCopied() {
        var shape = copier.shapeOf(io.cartlog.events.cart.LineItemQuantityChangedEvent.class).orElseThrow();

        assertThat(copies(shape, "{\"cartId\": \"c\", \"lineItemId\": \"l\", \"quantity\": 2, \"metadata\": null}"))
                .isTrue();
        assertThat(copies(shape, "{\"cartId\": \"c\", \"lineItemId\": \"l\", \"quantity\": 2}")).as("missing").isFalse();
        assertThat(copies(shape, "{\"cartId\": \"c\", \"lineItemId\": \"l\", \"quantity\": 2, \"metadata\": null,"
                + " \"extra\": 1}")).as("unknown").isFalse();
        assertThat(copies(shape, "{\"cartId\": \"c\", \"cartId\": \"d\", \"lineItemId\": \"l\", \"quantity\": 2,"
                + " \"metadata\": null}")).as("repeated").isFalse();
        assertThat(copies(shape, "{\"cartId\": 7, \"lineItemId\": \"l\", \"quantity\": 2, \"metadata\": null}"))
                .as("a number for a string").isFalse();
        assertThat(copies(shape, "{\"cartId\": \"c\", \"lineItemId\": \"l\", \"quantity\": 2.5, \"metadata\": null}"))
                .as("a fraction for a whole number").isFalse();
        assertThat(copies(shape, "{\"cartId\": \"c\", \"lineItemId\": \"l\", \"quantity\": null, \"metadata\": null}"))
                .as("null for a primitive").isFalse();
    }

    private boolean copies(PayloadCopier.Shape shape, String payload) {
        try (JsonGenerator out = API.createGenerator(new ByteArrayOutputStream())) {
            return copier.copy(shape, payload.getBytes(StandardCharsets.UTF_8), out);
        }
    }

    private List<JsonNode> exported(StoredEvent row, String actor) {
        return exported(List.of(row), actor);
    }

    private List<JsonNode> exported(List<StoredEvent> rows, String actor) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportWriter.Lines lines = writer.lines(filter(actor), out);
        long position = 1;
        for (StoredEvent row : rows) {
            lines.write(new PositionedEvent(position++, row));
        }
        String export = out.toString(StandardCharsets.UTF_8);
        assertThat(export).satisfiesAnyOf(text -> assertThat(text).isEmpty(), text -> assertThat(text).endsWith("\n"));
        return export.lines().map(API::readTree).toList();
    }

    private static FeedFilter filter(String actor) {
        return new FeedFilter(Set.of(), null, null, null, null, actor, null, null);
    }

    /** The line as the feed writes the event, read back as the export's lines are. */
    private JsonNode feed(StoredEvent row) {
        return API.readTree(API.writeValueAsBytes(reader.read(new PositionedEvent(1, row))));
    }

    /** A pinned payload ({@code LineItemAddedEvent.v1.json}) as a row of a stream of its aggregate. */
    private static StoredEvent row(Path pinned, String timeStamp, String metadata) {
        String[] name = pinned.getFileName().toString().split("\\.");
        String type = EVENT_CLASSES.get(name[0]);
        assertThat(type).as(name[0]).isNotNull();
        try {
            return new StoredEvent(UUID.randomUUID().toString(), "stream_01", 3, aggregateType(type), timeStamp, type,
                    name[1].substring(1), Files.readAllBytes(pinned), metadata.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The aggregate type that stores events of this package ({@code io.cartlog.events.cart} → {@code Cart}). */
    private static String aggregateType(String eventClass) {
        String pkg = eventClass.split("\\.")[3];
        return Character.toUpperCase(pkg.charAt(0)) + pkg.substring(1);
    }
}
