package io.cartlog.platform.audit;

import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * A checkpoint's hash, fed one event at a time in global order so that a range of any size is hashed
 * without holding it in memory. The encoding is described on {@link EventHashes}.
 */
public final class CheckpointHash {

    private final MessageDigest digest = EventHashes.sha256();
    private long count;

    private CheckpointHash(String previousCheckpointHash) {
        EventHashes.field(digest, EventHashes.CHECKPOINT_TAG);
        EventHashes.field(digest, EventHashes.checked(previousCheckpointHash));
    }

    /** A checkpoint that follows the one whose hash is given ({@link EventHashes#GENESIS} for the first). */
    public static CheckpointHash after(String previousCheckpointHash) {
        return new CheckpointHash(previousCheckpointHash);
    }

    /** The next event in global order; {@code eventHash} may be null (an unsealed event). */
    public CheckpointHash add(long globalIndex, String eventHash) {
        EventHashes.field(digest, Long.toString(globalIndex));
        EventHashes.field(digest, eventHash);
        count++;
        return this;
    }

    public long count() {
        return count;
    }

    /** The hash over everything added; the instance cannot be used afterwards. */
    public String finish() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
