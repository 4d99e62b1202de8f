package io.cartlog.query.audit;

import io.cartlog.platform.web.ApiException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where a reader of the global feed stands: every position up to {@code position} was read, except
 * the {@code gaps}, positions that were taken by transactions not yet committed when they were
 * passed. Those are asked for again until they appear or are too old to ever appear (the insert
 * rolled back), so an event that commits late is never skipped, only delivered after later ones.
 *
 * @param gaps gap position → when it was first seen (epoch millis)
 */
record FeedCursor(long position, SortedMap<Long, Long> gaps) {

    static final FeedCursor START = new FeedCursor(0, new TreeMap<>());

    static FeedCursor after(long position) {
        return new FeedCursor(position, new TreeMap<>());
    }

    /** Opaque to clients: {@code position[.gap~seenAt]*} in URL-safe base64. */
    String encode() {
        StringBuilder text = new StringBuilder(Long.toString(position));
        gaps.forEach((gap, seenAt) -> text.append('.').append(gap).append('~').append(seenAt));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static FeedCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\.");
            SortedMap<Long, Long> gaps = new TreeMap<>();
            for (int i = 1; i < parts.length; i++) {
                String[] gap = parts[i].split("~");
                gaps.put(Long.parseLong(gap[0]), Long.parseLong(gap[1]));
            }
            long position = Long.parseLong(parts[0]);
            if (position < 0 || gaps.keySet().stream().anyMatch(gap -> gap <= 0 || gap >= position)) {
                throw new IllegalArgumentException(cursor);
            }
            return new FeedCursor(position, gaps);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw ApiException.invalidData("Invalid cursor '" + cursor + "'");
        }
    }

    boolean hasGaps() {
        return !gaps.isEmpty();
    }
}
