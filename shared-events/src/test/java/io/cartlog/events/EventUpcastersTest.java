package io.cartlog.events;

import io.cartlog.events.cart.CartAddress;
import io.cartlog.events.cart.CartCreatedEvent;
import io.cartlog.events.cart.CartLineItem;
import io.cartlog.events.cart.CartRegion;
import io.cartlog.events.cart.CartRegionChangedEvent;
import io.cartlog.events.cart.CartSalesChannelChangedEvent;
import io.cartlog.events.cart.LineItemAddedEvent;
import io.cartlog.events.payment.PaymentAuthorizedEvent;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events stored at an older revision (the pinned {@code events/<Event>.v1.json}) are read
 * through the event store's upcaster chain as the current revision, with "not known then" for what
 * was added.
 */
class EventUpcastersTest {

    private static final Jackson3Serializer SERIALIZER = Jackson3Serializer.builder().build();
    private static final CartAddress ADDRESS = new CartAddress("Ada", "Lovelace", null, "Unter den Linden 1", null,
            "Berlin", "de", null, "10117", "+49 30 1234", Map.of("door", "blue"));

    @Test
    void aCartCreatedAtRevision1HasARegionWithoutCountriesAndNoContext() {
        assertThat(readV1(CartCreatedEvent.class)).isEqualTo(new CartCreatedEvent("cart_01JCART",
                new CartRegion("reg_01JEUROPE", "Europe", "eur", new BigDecimal("19"), true, List.of()),
                "sc_01JCHANNEL", "ada@example.test", null, ADDRESS, null, Map.of("source", "web"), null));
    }

    @Test
    void aRegionChangeAtRevision1HasARegionWithoutCountries() {
        assertThat(readV1(CartRegionChangedEvent.class)).isEqualTo(new CartRegionChangedEvent("cart_01JCART",
                new CartRegion("reg_01JUS", "United States", "usd", new BigDecimal("8.875"), true, List.of()),
                List.of(new CartRegionChangedEvent.RepricedLine("cali_01JLINE", 2200))));
    }

    @Test
    void aLineAddedAtRevision1HasNoneOfTheProductDataAddedSince() {
        assertThat(readV1(LineItemAddedEvent.class)).isEqualTo(new LineItemAddedEvent("cart_01JCART",
                new CartLineItem("cali_01JLINE", "variant_01", "prod_01", "Classic T-Shirt", "Classic T-Shirt",
                        "classic-t-shirt", "S", "TS-S", "https://example.test/shirt.png", 1950, 2,
                        Map.of("gift", true))));
    }

    @Test
    void anAuthorizationAtRevision1DoesNotSayWhoAskedForIt() {
        assertThat(readV1(PaymentAuthorizedEvent.class)).isEqualTo(new PaymentAuthorizedEvent("pay_col_01JPAY",
                "cart_01JCART", "pay_01JPAYMENT", "payses_01JSESSION", "pp_stripe_stripe", 5200, "eur", null));
    }

    @Test
    void eventsAtTheirCurrentRevisionPassUnchanged() {
        SerializedObject<byte[]> current = SERIALIZER.serialize(
                new CartSalesChannelChangedEvent("cart_01JCART", "sc_01JAPP"), byte[].class);
        List<IntermediateEventRepresentation> read = upcast(current);

        assertThat(read).hasSize(1);
        assertThat(read.get(0).getType()).isEqualTo(current.getType());
    }

    private static Object readV1(Class<?> type) {
        assertThat(type.getAnnotation(Revision.class).value()).isEqualTo("2");
        byte[] stored = pinnedV1(type);
        List<IntermediateEventRepresentation> read = upcast(new SimpleSerializedObject<>(stored, byte[].class,
                new SimpleSerializedType(type.getName(), "1")));
        assertThat(read).hasSize(1);
        assertThat(read.get(0).getType()).isEqualTo(new SimpleSerializedType(type.getName(), "2"));
        return SERIALIZER.deserialize(read.get(0).getData());
    }

    private static List<IntermediateEventRepresentation> upcast(SerializedObject<byte[]> payload) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Cart", "cart_01JCART", 0, "evt_1",
                Instant.parse("2026-11-22T00:00:00Z"), payload.getType().getName(), payload.getType().getRevision(),
                payload.getData(), "{}".getBytes());
        return EventUpcasters.chain()
                .upcast(Stream.of(new InitialEventRepresentation(entry, SERIALIZER)))
                .toList();
    }

    private static byte[] pinnedV1(Class<?> type) {
        try (InputStream in = EventUpcastersTest.class.getResourceAsStream(
                "/events/" + type.getSimpleName() + ".v1.json")) {
            assertThat(in).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
