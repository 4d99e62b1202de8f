package io.cartlog.events;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.node.ObjectNode;

import java.util.function.Consumer;

/** Moves one event type from one revision to the next by adding fields to its JSON payload. */
public final class AddedFields extends SingleEventUpcaster {

    private final SerializedType from;
    private final SerializedType to;
    private final Consumer<ObjectNode> change;

    public AddedFields(Class<?> event, String fromRevision, String toRevision, Consumer<ObjectNode> change) {
        this.from = new SimpleSerializedType(event.getName(), fromRevision);
        this.to = new SimpleSerializedType(event.getName(), toRevision);
        this.change = change;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return from.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, ObjectNode.class, payload -> {
            change.accept(payload);
            return payload;
        });
    }
}
