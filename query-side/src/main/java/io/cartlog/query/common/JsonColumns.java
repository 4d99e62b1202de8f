package io.cartlog.query.common;

import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/** Read-model columns that hold JSON (metadata, documents), written and read with one mapper. */
@Component
public class JsonColumns {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JsonMapper json = JsonMapper.builder().build();

    public String write(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    public Map<String, Object> readMap(String column) {
        return column == null ? null : json.readValue(column, MAP);
    }

    public <T> T read(String column, Class<T> type) {
        return column == null ? null : json.readValue(column, type);
    }

    public <T> T read(String column, TypeReference<T> type) {
        return column == null ? null : json.readValue(column, type);
    }
}
