package io.cartlog.command.common;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One attribute of an update that may be cleared: an absent JSON property deserializes to a
 * null {@code Patch} (keep the current value), {@code null} to {@code Patch(null)} (clear it),
 * anything else to {@code Patch(value)}. Medusa's admin client clears with {@code null}, e.g.
 * {@code "collection_id": null} to take a product out of its collection.
 */
@JsonDeserialize(using = Patch.Deserializer.class)
public record Patch<T>(T value) {

    public static <T> Patch<T> of(T value) {
        return new Patch<>(value);
    }

    /** The patched value: {@code current} when there is no patch. */
    public static <T> T apply(Patch<T> patch, T current) {
        return patch == null ? current : patch.value();
    }

    static final class Deserializer extends ValueDeserializer<Patch<?>> {

        private final JavaType valueType;

        Deserializer() {
            this(null);
        }

        private Deserializer(JavaType valueType) {
            this.valueType = valueType;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            JavaType patchType = property == null ? context.getContextualType() : property.getType();
            return new Deserializer(patchType.containedType(0));
        }

        @Override
        public Patch<?> deserialize(JsonParser parser, DeserializationContext context) {
            return new Patch<>(context.readValue(parser, valueType));
        }

        @Override
        public Object getNullValue(DeserializationContext context) {
            return new Patch<>(null);
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return null;
        }
    }
}
