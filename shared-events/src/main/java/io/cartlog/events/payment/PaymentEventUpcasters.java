package io.cartlog.events.payment;

import io.cartlog.events.AddedFields;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

import java.util.List;

/** Reads the payment events whose shape grew, with "not known then" for what was added. */
public final class PaymentEventUpcasters {

    private PaymentEventUpcasters() {
    }

    public static List<EventUpcaster> all() {
        return List.of(new AddedFields(PaymentAuthorizedEvent.class, "1", "2", payload -> {
            if (!payload.has("reportedByProvider")) {
                payload.putNull("reportedByProvider");
            }
        }));
    }
}
