package io.cartlog.query.audit;

import io.cartlog.platform.web.ApiException;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedCursorTest {

    @Test
    void aCursorWithGapsReadsBackAsItWasWritten() {
        TreeMap<Long, Long> gaps = new TreeMap<>();
        gaps.put(103L, 1_700_000_000_000L);
        gaps.put(107L, 1_700_000_000_500L);
        FeedCursor cursor = new FeedCursor(110, gaps);

        FeedCursor read = FeedCursor.decode(cursor.encode());

        assertThat(read).isEqualTo(cursor);
        assertThat(read.hasGaps()).isTrue();
    }

    @Test
    void aCursorThatIsNotOneOfOursIsAClientError() {
        String gapAboveItsPosition = Base64.getUrlEncoder().encodeToString("10.12~1".getBytes());

        assertThatThrownBy(() -> FeedCursor.decode("not-a-cursor")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> FeedCursor.decode(gapAboveItsPosition)).isInstanceOf(ApiException.class);
    }
}
