package io.cartlog.query.common;

import io.cartlog.platform.web.ApiException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AsOfTest {

    private static final Instant NOON = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void aNumberIsAVersionOfTheStreamAndIncludesItsEventsUpToIt() {
        AsOf asOf = AsOf.parse("3");

        assertThat(asOf.includes(3, NOON.plusSeconds(3600))).isTrue();
        assertThat(asOf.includes(4, NOON.minusSeconds(3600))).isFalse();
    }

    @Test
    void aTimeIncludesTheEventsUpToThatMoment() {
        AsOf asOf = AsOf.parse("2026-12-04T12:00:00Z");

        assertThat(asOf.includes(9, NOON)).isTrue();
        assertThat(asOf.includes(0, NOON.plusMillis(1))).isFalse();
    }

    @Test
    void noValueMeansToday() {
        assertThat(AsOf.parse(null)).isNull();
        assertThat(AsOf.parse(" ")).isNull();
    }

    @Test
    void anythingElseOrAVersionNeverReachedIsAClientError() {
        assertThatThrownBy(() -> AsOf.parse("yesterday")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> AsOf.parse("99999999999999999999")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> AsOf.parse("5").requireReached(4, "Cart 'cart_1'"))
                .isInstanceOf(ApiException.class).hasMessageContaining("has no version 5; its latest is 4");
    }
}
