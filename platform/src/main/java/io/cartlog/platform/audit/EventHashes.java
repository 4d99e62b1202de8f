package io.cartlog.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain of the event store, computed from stored column values only, so that an auditor can
 * recompute it with nothing but SQL access and SHA-256 (docs/tamper-evidence.md).
 *
 * <p>An event's hash is the lowercase hex SHA-256 of these fields, in this order, each encoded as a
 * 4-byte big-endian signed length followed by that many bytes (SQL NULL: length -1 and no bytes):
 * <ol>
 *     <li>the ASCII tag {@value #EVENT_TAG}</li>
 *     <li>the previous event's hash in the same stream (sequence number minus one) as 64 ASCII hex
 *     digits; {@link #GENESIS} for sequence number 0</li>
 *     <li>aggregate_identifier, sequence_number (decimal ASCII), event_identifier, type, time_stamp,
 *     payload_type, payload_revision: UTF-8</li>
 *     <li>payload, meta_data: the stored bytes</li>
 * </ol>
 * A checkpoint's hash uses the same encoding over the tag {@value #CHECKPOINT_TAG}, the previous
 * checkpoint's hash ({@link #GENESIS} for the first), then global_index (decimal ASCII) and event_hash
 * of every event it covers in global order ({@link CheckpointHash}).
 */
public final class EventHashes {

    /** The "previous hash" of a stream's first event and of the first checkpoint. */
    public static final String GENESIS = "0".repeat(64);
    static final String EVENT_TAG = "cartlog.event.v1";
    static final String CHECKPOINT_TAG = "cartlog.checkpoint.v1";

    private static final HexFormat HEX = HexFormat.of();

    private EventHashes() {
    }

    /** The hash of {@code event} chained to {@code previousHash}, the hash of its stream's previous event. */
    public static String hash(String previousHash, StoredEvent event) {
        MessageDigest digest = sha256();
        field(digest, EVENT_TAG);
        field(digest, checked(previousHash));
        field(digest, event.aggregateIdentifier());
        field(digest, Long.toString(event.sequenceNumber()));
        field(digest, event.eventIdentifier());
        field(digest, event.type());
        field(digest, event.timeStamp());
        field(digest, event.payloadType());
        field(digest, event.payloadRevision());
        field(digest, event.payload());
        field(digest, event.metaData());
        return HEX.formatHex(digest.digest());
    }

    static String checked(String hash) {
        if (hash == null || hash.length() != 64 || !hash.chars().allMatch(c -> HexFormat.isHexDigit(c)
                && !Character.isUpperCase(c))) {
            throw new IllegalArgumentException("not a lowercase hex SHA-256: " + hash);
        }
        return hash;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static void field(MessageDigest digest, String value) {
        field(digest, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    static void field(MessageDigest digest, byte[] value) {
        int length = value == null ? -1 : value.length;
        digest.update(new byte[]{(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
        if (value != null) {
            digest.update(value);
        }
    }
}
