package io.cartlog.platform.audit;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The event and checkpoint hashes: what they cover, and that they are what docs/tamper-evidence.md says. */
class EventHashesTest {

    private static final String PREVIOUS = "ab".repeat(32);

    private static StoredEvent event() {
        return new StoredEvent("evt-1", "cart_01", 3, "Cart", "2026-11-01T10:00:00.123Z",
                "io.cartlog.events.cart.LineItemAddedEvent", "2", bytes("{\"quantity\":2}"),
                bytes("{\"actor\":\"anonymous\"}"));
    }

    @Test
    void theHashIsTheDocumentedEncodingRecomputedIndependently() {
        StoredEvent event = event();

        String hash = EventHashes.hash(PREVIOUS, event);

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (String field : List.of("cartlog.event.v1", PREVIOUS, "cart_01", "3", "evt-1", "Cart",
                "2026-11-01T10:00:00.123Z", "io.cartlog.events.cart.LineItemAddedEvent", "2",
                "{\"quantity\":2}", "{\"actor\":\"anonymous\"}")) {
            byte[] value = bytes(field);
            expected.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
            expected.writeBytes(value);
        }
        assertThat(hash).isEqualTo(sha256(expected.toByteArray())).matches("[0-9a-f]{64}");
    }

    @Test
    void theSameValuesAlwaysGiveTheSameHash() {
        assertThat(EventHashes.hash(PREVIOUS, event())).isEqualTo(EventHashes.hash(PREVIOUS, event()));
    }

    @Test
    void changingAnySingleFieldChangesTheHash() {
        String original = EventHashes.hash(PREVIOUS, event());
        List<UnaryOperator<StoredEvent>> changes = List.of(
                e -> with("evt-2", e.aggregateIdentifier(), e.sequenceNumber(), e.type(), e.timeStamp(),
                        e.payloadType(), e.payloadRevision(), e.payload(), e.metaData()),
                e -> with(e.eventIdentifier(), "cart_02", e.sequenceNumber(), e.type(), e.timeStamp(),
                        e.payloadType(), e.payloadRevision(), e.payload(), e.metaData()),
                e -> with(e.eventIdentifier(), e.aggregateIdentifier(), 4, e.type(), e.timeStamp(),
                        e.payloadType(), e.payloadRevision(), e.payload(), e.metaData()),
                e -> with(e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(), "Order", e.timeStamp(),
                        e.payloadType(), e.payloadRevision(), e.payload(), e.metaData()),
                e -> with(e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(), e.type(),
                        "2026-11-01T10:00:00.124Z", e.payloadType(), e.payloadRevision(), e.payload(), e.metaData()),
                e -> with(e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(), e.type(), e.timeStamp(),
                        "io.cartlog.events.cart.LineItemRemovedEvent", e.payloadRevision(), e.payload(), e.metaData()),
                e -> with(e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(), e.type(), e.timeStamp(),
                        e.payloadType(), "1", e.payload(), e.metaData()),
                e -> with(e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(), e.type(), e.timeStamp(),
                        e.payloadType(), e.payloadRevision(), bytes("{\"quantity\":3}"), e.metaData()),
                e -> with(e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(), e.type(), e.timeStamp(),
                        e.payloadType(), e.payloadRevision(), e.payload(), bytes("{\"actor\":\"admin\"}")));

        for (UnaryOperator<StoredEvent> change : changes) {
            assertThat(EventHashes.hash(PREVIOUS, change.apply(event()))).isNotEqualTo(original);
        }
        assertThat(EventHashes.hash("cd".repeat(32), event())).isNotEqualTo(original);
    }

    @Test
    void aNullFieldIsNotAnEmptyOne() {
        StoredEvent withNull = new StoredEvent("evt-1", "cart_01", 0, null, "t", "p", null, bytes("{}"), null);
        StoredEvent withEmpty = new StoredEvent("evt-1", "cart_01", 0, "", "t", "p", "", bytes("{}"), new byte[0]);

        assertThat(EventHashes.hash(EventHashes.GENESIS, withNull))
                .isNotEqualTo(EventHashes.hash(EventHashes.GENESIS, withEmpty));
    }

    @Test
    void lengthPrefixesKeepFieldBoundariesApart() {
        StoredEvent one = new StoredEvent("ab", "c", 0, null, "t", "p", null, bytes("{}"), null);
        StoredEvent other = new StoredEvent("a", "bc", 0, null, "t", "p", null, bytes("{}"), null);

        assertThat(EventHashes.hash(EventHashes.GENESIS, one)).isNotEqualTo(EventHashes.hash(EventHashes.GENESIS, other));
    }

    @Test
    void refusesAPreviousHashThatIsNotLowercaseHexSha256() {
        assertThatThrownBy(() -> EventHashes.hash("AB".repeat(32), event())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventHashes.hash("abc", event())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventHashes.hash(null, event())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCheckpointHashesTheRangeInOrderAfterThePreviousCheckpoint() {
        String a = EventHashes.hash(EventHashes.GENESIS, event());
        String b = EventHashes.hash(a, event());

        CheckpointHash checkpoint = CheckpointHash.after(EventHashes.GENESIS).add(7, a).add(9, b);

        assertThat(checkpoint.count()).isEqualTo(2);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (String field : List.of("cartlog.checkpoint.v1", EventHashes.GENESIS, "7", a, "9", b)) {
            expected.writeBytes(ByteBuffer.allocate(4).putInt(field.length()).array());
            expected.writeBytes(bytes(field));
        }
        assertThat(checkpoint.finish()).isEqualTo(sha256(expected.toByteArray()));
    }

    @Test
    void aCheckpointChangesWithAnyPositionHashOrOrder() {
        String a = "1".repeat(64);
        String b = "2".repeat(64);
        String original = CheckpointHash.after(EventHashes.GENESIS).add(7, a).add(9, b).finish();

        assertThat(CheckpointHash.after(EventHashes.GENESIS).add(8, a).add(9, b).finish()).isNotEqualTo(original);
        assertThat(CheckpointHash.after(EventHashes.GENESIS).add(7, b).add(9, b).finish()).isNotEqualTo(original);
        assertThat(CheckpointHash.after(EventHashes.GENESIS).add(9, b).add(7, a).finish()).isNotEqualTo(original);
        assertThat(CheckpointHash.after(EventHashes.GENESIS).add(7, a).finish()).isNotEqualTo(original);
        assertThat(CheckpointHash.after("3".repeat(64)).add(7, a).add(9, b).finish()).isNotEqualTo(original);
    }

    private static StoredEvent with(String id, String stream, long sequence, String type, String time,
                                    String payloadType, String revision, byte[] payload, byte[] metaData) {
        return new StoredEvent(id, stream, sequence, type, time, payloadType, revision, payload, metaData);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] input) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
