package io.cartlog.command.common;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class PatchTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    record Body(Patch<String> collectionId, Patch<BigDecimal> weight) {
    }

    @Test
    void tellsAnAbsentPropertyFromANullOneFromAValue() {
        Body body = JSON.readValue("{\"collection_id\": null, \"weight\": 1.5}", Body.class);
        assertThat(body.collectionId()).isEqualTo(Patch.of(null));
        assertThat(body.weight()).isEqualTo(Patch.of(new BigDecimal("1.5")));
        assertThat(JSON.readValue("{}", Body.class).collectionId()).isNull();
    }

    @Test
    void appliesToTheCurrentValue() {
        assertThat(Patch.apply(null, "kept")).isEqualTo("kept");
        assertThat(Patch.apply(Patch.of(null), "kept")).isNull();
        assertThat(Patch.apply(Patch.of("new"), "kept")).isEqualTo("new");
    }
}
