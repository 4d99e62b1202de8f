package io.cartlog.query.promotion;

import io.cartlog.events.promotion.PromotionCreatedEvent;
import io.cartlog.events.promotion.PromotionDeletedEvent;
import io.cartlog.events.promotion.PromotionUpdatedEvent;
import io.cartlog.query.common.JsonColumns;
import io.cartlog.query.common.ReadModelDatabase;
import io.cartlog.queries.promotion.FindPromotionByCodeQuery;
import io.cartlog.queries.promotion.FindPromotionQuery;
import io.cartlog.queries.promotion.PromotionView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PromotionProjectionTest {

    private static final String ID = "promo_01JSUMMER";
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-02T10:00:00Z");
    private static final Instant JUNE = Instant.parse("2026-06-01T00:00:00Z");
    private static final PromotionCreatedEvent CREATED = new PromotionCreatedEvent(ID, "SUMMER25", "percentage", "items",
            new BigDecimal("25"), null, null, null, null, null, "active", Map.of("campaign", "summer"));
    private static final PromotionUpdatedEvent UPDATED = new PromotionUpdatedEvent(ID, "SHIP5", "fixed", "shipping",
            new BigDecimal("500"), "eur", 5000L, JUNE, null, 10L, "inactive", null);

    private final PromotionProjection projection =
            new PromotionProjection(new PromotionRepository(ReadModelDatabase.migrated(), new JsonColumns()));

    @Test
    void eventsAlreadyAppliedAreSkippedWhenDeliveredAgain() {
        projection.on(CREATED, 0, T0);
        projection.on(UPDATED, 1, T1);

        projection.on(CREATED, 0, T0);
        projection.on(UPDATED, 1, T1);

        assertThat(projection.handle(new FindPromotionQuery(ID))).contains(new PromotionView(ID, "SHIP5", "fixed",
                "shipping", new BigDecimal("500"), "eur", 5000L, JUNE, null, 10L, 0, "inactive", null, T0, T1, 1));
    }

    @Test
    void codeIsFoundInAnyCase() {
        projection.on(CREATED, 0, T0);

        assertThat(projection.handle(new FindPromotionByCodeQuery("summer25")))
                .hasValueSatisfying(view -> assertThat(view.value()).isEqualTo(new BigDecimal("25")));
    }

    @Test
    void deletedPromotionIsFoundByCodeAsDeletedButNotById() {
        projection.on(CREATED, 0, T0);
        projection.on(new PromotionDeletedEvent(ID), 1, T1);
        projection.on(CREATED, 0, T0);

        assertThat(projection.handle(new FindPromotionQuery(ID))).isEmpty();
        assertThat(projection.handle(new FindPromotionByCodeQuery("SUMMER25")).map(PromotionView::status))
                .contains("deleted");
    }

    @Test
    void liveHolderOfAReusedCodeWinsOverTheDeletedOne() {
        projection.on(CREATED, 0, T0);
        projection.on(new PromotionDeletedEvent(ID), 1, T1);
        projection.on(new PromotionCreatedEvent("promo_01JAGAIN", "SUMMER25", "percentage", "items", BigDecimal.TEN, null,
                null, null, null, null, "active", null), 0, T1);

        assertThat(projection.handle(new FindPromotionByCodeQuery("Summer25")).map(PromotionView::id))
                .contains("promo_01JAGAIN");
    }

    @Test
    void resetClearsTheReadModel() {
        projection.on(CREATED, 0, T0);

        projection.reset();

        assertThat(projection.handle(new FindPromotionByCodeQuery("SUMMER25"))).isEmpty();
    }
}
