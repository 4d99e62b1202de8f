package io.cartlog.events;

import io.cartlog.events.cart.CartEventUpcasters;
import io.cartlog.events.payment.PaymentEventUpcasters;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

import java.util.ArrayList;
import java.util.List;

/**
 * Every upcaster of the published language, in the order they run: the event store reads each
 * stored event through them, so handlers only ever see events at their current revision.
 */
public final class EventUpcasters {

    private EventUpcasters() {
    }

    public static List<EventUpcaster> all() {
        List<EventUpcaster> upcasters = new ArrayList<>();
        upcasters.addAll(CartEventUpcasters.all());
        upcasters.addAll(PaymentEventUpcasters.all());
        return List.copyOf(upcasters);
    }

    public static EventUpcasterChain chain() {
        return new EventUpcasterChain(all());
    }
}
