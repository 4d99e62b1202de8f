package io.cartlog.query.apikey;

import io.cartlog.events.apikey.ApiKeyCreatedEvent;
import io.cartlog.events.apikey.ApiKeyDeletedEvent;
import io.cartlog.events.apikey.ApiKeyRevokedEvent;
import io.cartlog.events.apikey.ApiKeySalesChannelsChangedEvent;
import io.cartlog.events.apikey.ApiKeyUpdatedEvent;
import io.cartlog.query.common.ReadModelDatabase;
import io.cartlog.queries.apikey.ApiKeyView;
import io.cartlog.queries.apikey.ApiKeyView.SalesChannelSummary;
import io.cartlog.queries.apikey.FindApiKeyQuery;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeyProjectionTest {

    private static final String ID = "apk_01JKEY";
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-02T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-01-03T10:00:00Z");
    private static final ApiKeyCreatedEvent PUBLISHABLE =
            new ApiKeyCreatedEvent(ID, "pk_test_web", "Web", "publishable", null, "pk_tes***web");

    private final JdbcClient jdbc = ReadModelDatabase.migrated();
    private final ApiKeyProjection projection = new ApiKeyProjection(new ApiKeyRepository(jdbc));

    private ApiKeyView find() {
        return projection.handle(new FindApiKeyQuery(ID)).orElseThrow();
    }

    @Test
    void linksAndRevocationSurviveEarlierEventsDeliveredAgain() {
        jdbc.sql("""
                        INSERT INTO sales_channel_view (id, name, is_disabled, version, created_at, updated_at)
                        VALUES ('sc_A', 'Web', FALSE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .update();
        projection.on(PUBLISHABLE, 0, T0);
        projection.on(new ApiKeySalesChannelsChangedEvent(ID, List.of("sc_A", "sc_B")), 1, T1);
        projection.on(new ApiKeyRevokedEvent(ID), 2, T2);

        projection.on(new ApiKeySalesChannelsChangedEvent(ID, List.of("sc_A")), 1, T1);
        projection.on(new ApiKeyUpdatedEvent(ID, "Older title"), 2, T2);

        ApiKeyView key = find();
        assertThat(key.title()).isEqualTo("Web");
        assertThat(key.salesChannels()).containsExactly(new SalesChannelSummary("sc_A", "Web"),
                new SalesChannelSummary("sc_B", null));
        assertThat(key.revokedAt()).isEqualTo(T2);
        assertThat(key.version()).isEqualTo(2);
    }

    @Test
    void secretKeyShowsAnEmptyToken() {
        projection.on(new ApiKeyCreatedEvent(ID, null, "Back office", "secret", "ab".repeat(32), "sk_1a2***f9e"), 0, T0);

        assertThat(find().token()).isEmpty();
        assertThat(find().redacted()).isEqualTo("sk_1a2***f9e");
    }

    @Test
    void deletedKeyIsGoneAndResetForgetsEveryKey() {
        projection.on(PUBLISHABLE, 0, T0);
        projection.on(new ApiKeyRevokedEvent(ID), 1, T1);
        projection.on(new ApiKeyDeletedEvent(ID), 2, T2);
        projection.on(PUBLISHABLE, 0, T0);
        assertThat(projection.handle(new FindApiKeyQuery(ID))).isEmpty();

        projection.reset();
        projection.on(PUBLISHABLE, 0, T1);
        assertThat(find().createdAt()).isEqualTo(T1);
    }
}
