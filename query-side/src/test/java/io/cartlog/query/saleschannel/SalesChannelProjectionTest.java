package io.cartlog.query.saleschannel;

import io.cartlog.events.saleschannel.SalesChannelCreatedEvent;
import io.cartlog.events.saleschannel.SalesChannelDeletedEvent;
import io.cartlog.events.saleschannel.SalesChannelUpdatedEvent;
import io.cartlog.query.common.JsonColumns;
import io.cartlog.query.common.ReadModelDatabase;
import io.cartlog.queries.saleschannel.FindSalesChannelQuery;
import io.cartlog.queries.saleschannel.SalesChannelView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SalesChannelProjectionTest {

    private static final String ID = "sc_01JWEB";
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-02T10:00:00Z");
    private static final SalesChannelCreatedEvent CREATED =
            new SalesChannelCreatedEvent(ID, "Web", "Main", false, Map.of("team", "web"));
    private static final SalesChannelUpdatedEvent UPDATED =
            new SalesChannelUpdatedEvent(ID, "Web EU", "Main", true, null);

    private final SalesChannelProjection projection =
            new SalesChannelProjection(new SalesChannelRepository(ReadModelDatabase.migrated(), new JsonColumns()));

    private SalesChannelView find() {
        return projection.handle(new FindSalesChannelQuery(ID)).orElseThrow();
    }

    @Test
    void eventsAlreadyAppliedAreSkippedWhenDeliveredAgain() {
        projection.on(CREATED, 0, T0);
        projection.on(UPDATED, 1, T1);

        projection.on(CREATED, 0, T0);
        projection.on(UPDATED, 1, T1);

        assertThat(find()).isEqualTo(new SalesChannelView(ID, "Web EU", "Main", true, null, T0, T1, null, 1));
    }

    @Test
    void deletedChannelStaysDeletedWhenEarlierEventsComeAgain() {
        projection.on(CREATED, 0, T0);
        projection.on(new SalesChannelDeletedEvent(ID), 1, T1);

        projection.on(CREATED, 0, T0);

        assertThat(projection.handle(new FindSalesChannelQuery(ID))).isEmpty();
    }

    @Test
    void resetForgetsEveryChannel() {
        projection.on(CREATED, 0, T0);

        projection.reset();
        projection.on(CREATED, 0, T1);

        assertThat(find().createdAt()).isEqualTo(T1);
    }
}
