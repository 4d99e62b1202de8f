package io.cartlog.query.audit;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.introspect.ClassIntrospector;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a stored payload the way the API's mapper writes the event deserialized from it, straight
 * from the stored JSON: record properties under the API's names, strings, whole numbers and
 * booleans copied. Every other value (decimals, times, maps, sets) goes through its own
 * deserializer and serializer, so it comes out as the round trip would write it. Whatever the
 * round trip would read differently (a missing, unknown or repeated property, a value of another
 * JSON type) makes the copy give up, and the caller takes the round trip instead.
 */
final class PayloadCopier {

    /** Copies the value at the parser's current token; false where the stored JSON is not as expected. */
    interface Shape {
        boolean copy(JsonParser in, JsonGenerator out);
    }

    private final ObjectMapper stored;
    private final ObjectMapper api;

    /**
     * @param stored the mapper the payloads were written with
     * @param api    the mapper the API writes events with
     */
    PayloadCopier(ObjectMapper stored, ObjectMapper api) {
        this.stored = stored;
        this.api = api;
    }

    /** How to copy payloads of this class, if it is a record whose properties are its components. */
    Optional<Shape> shapeOf(Class<?> type) {
        try {
            return Optional.of(record(api.constructType(type)));
        } catch (IllegalArgumentException | JacksonException notACopyableRecord) {
            return Optional.empty();
        }
    }

    /** Writes the stored payload with {@code shape}; false (with {@code out} half written) if it cannot. */
    boolean copy(Shape shape, byte[] payload, JsonGenerator out) {
        try (JsonParser in = stored.createParser(payload)) {
            in.nextToken();
            return shape.copy(in, out) && in.nextToken() == null;
        } catch (JacksonException unreadable) {
            return false;
        }
    }

    private Shape shape(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw == String.class) {
            return PayloadCopier::string;
        }
        if (raw == long.class || raw == Long.class || raw == int.class || raw == Integer.class) {
            return wholeNumber(raw == int.class || raw == Integer.class, raw.isPrimitive());
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return bool(raw.isPrimitive());
        }
        if (raw == List.class) {
            return list(shape(type.getContentType()));
        }
        if (type.isRecordType()) {
            return record(type);
        }
        return roundTrip(type);
    }

    private Shape record(JavaType type) {
        RecordComponent[] components = type.getRawClass().getRecordComponents();
        if (components == null || components.length > Long.SIZE) {
            throw new IllegalArgumentException(type + " is not a record of at most 64 components");
        }
        Map<String, BeanPropertyDefinition> read = properties(stored, type);
        Map<String, BeanPropertyDefinition> written = properties(api, type);
        Map<String, Property> byStoredName = new HashMap<>();
        for (int i = 0; i < components.length; i++) {
            String component = components[i].getName();
            BeanPropertyDefinition from = read.get(component);
            BeanPropertyDefinition to = written.get(component);
            if (from == null || to == null) {
                throw new IllegalArgumentException(type + "." + component + " is not a property of both mappers");
            }
            byStoredName.put(from.getName(), new Property(new SerializedString(to.getName()), 1L << i,
                    shape(to.getPrimaryType())));
        }
        if (read.size() != components.length || written.size() != components.length) {
            throw new IllegalArgumentException(type + " has properties besides its components");
        }
        long all = components.length == Long.SIZE ? -1L : (1L << components.length) - 1;
        return (in, out) -> {
            if (in.currentToken() == JsonToken.VALUE_NULL) {
                out.writeNull();
                return true;
            }
            if (in.currentToken() != JsonToken.START_OBJECT) {
                return false;
            }
            out.writeStartObject();
            long seen = 0;
            for (String name = in.nextName(); name != null; name = in.nextName()) {
                Property property = byStoredName.get(name);
                if (property == null || (seen & property.bit()) != 0) {
                    return false;
                }
                seen |= property.bit();
                out.writeName(property.name());
                in.nextToken();
                if (!property.shape().copy(in, out)) {
                    return false;
                }
            }
            out.writeEndObject();
            return seen == all;
        };
    }

    /** A record property: its name in the API's JSON, its bit among the properties seen, its value. */
    private record Property(SerializableString name, long bit, Shape shape) {
    }

    /** The properties the mapper writes for {@code type}, by the name of the member they come from. */
    private static Map<String, BeanPropertyDefinition> properties(ObjectMapper mapper, JavaType type) {
        SerializationConfig config = mapper.serializationConfig();
        ClassIntrospector introspector = config.classIntrospectorInstance().forOperation(config);
        List<BeanPropertyDefinition> properties = introspector
                .introspectForSerialization(type, introspector.introspectClassAnnotations(type)).findProperties();
        Map<String, BeanPropertyDefinition> byMember = new HashMap<>();
        properties.forEach(property -> byMember.put(property.getInternalName(), property));
        return byMember;
    }

    private static Shape list(Shape element) {
        return (in, out) -> {
            if (in.currentToken() == JsonToken.VALUE_NULL) {
                out.writeNull();
                return true;
            }
            if (in.currentToken() != JsonToken.START_ARRAY) {
                return false;
            }
            out.writeStartArray();
            while (in.nextToken() != JsonToken.END_ARRAY) {
                if (!element.copy(in, out)) {
                    return false;
                }
            }
            out.writeEndArray();
            return true;
        };
    }

    /** Read by the stored mapper, written by the API's: for values whose JSON a copy might not reproduce. */
    private Shape roundTrip(JavaType type) {
        // The value is read from the middle of the payload, with the rest of it still to come.
        ObjectReader reader = stored.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        ObjectWriter writer = api.writerFor(type);
        boolean primitive = type.isPrimitive();
        return (in, out) -> {
            if (in.currentToken() == JsonToken.VALUE_NULL && !primitive) {
                out.writeNull();
            } else {
                writer.writeValue(out, reader.readValue(in));
            }
            return true;
        };
    }

    private static boolean string(JsonParser in, JsonGenerator out) {
        switch (in.currentToken()) {
            case VALUE_STRING -> out.writeString(in.getStringCharacters(), in.getStringOffset(), in.getStringLength());
            case VALUE_NULL -> out.writeNull();
            default -> {
                return false;
            }
        }
        return true;
    }

    private static Shape wholeNumber(boolean intOnly, boolean primitive) {
        return (in, out) -> {
            if (in.currentToken() == JsonToken.VALUE_NULL && !primitive) {
                out.writeNull();
                return true;
            }
            if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return false;
            }
            JsonParser.NumberType size = in.getNumberType();
            if (size != JsonParser.NumberType.INT && (intOnly || size != JsonParser.NumberType.LONG)) {
                return false;
            }
            out.writeNumber(in.getLongValue());
            return true;
        };
    }

    private static Shape bool(boolean primitive) {
        return (in, out) -> {
            switch (in.currentToken()) {
                case VALUE_TRUE -> out.writeBoolean(true);
                case VALUE_FALSE -> out.writeBoolean(false);
                case VALUE_NULL -> {
                    if (primitive) {
                        return false;
                    }
                    out.writeNull();
                }
                default -> {
                    return false;
                }
            }
            return true;
        };
    }
}
