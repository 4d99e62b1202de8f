package io.cartlog.events;

import io.cartlog.events.apikey.ApiKeyCreatedEvent;
import io.cartlog.events.apikey.ApiKeyDeletedEvent;
import io.cartlog.events.apikey.ApiKeyRevokedEvent;
import io.cartlog.events.apikey.ApiKeySalesChannelsChangedEvent;
import io.cartlog.events.apikey.ApiKeyUpdatedEvent;
import io.cartlog.events.saleschannel.SalesChannelCreatedEvent;
import io.cartlog.events.saleschannel.SalesChannelDeletedEvent;
import io.cartlog.events.saleschannel.SalesChannelUpdatedEvent;
import io.cartlog.events.shipping.ShippingOptionCreatedEvent;
import io.cartlog.events.shipping.ShippingOptionDeletedEvent;
import io.cartlog.events.shipping.ShippingOptionPrice;
import io.cartlog.events.shipping.ShippingOptionType;
import io.cartlog.events.shipping.ShippingOptionUpdatedEvent;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins each event's stored JSON to {@code events/<Event>.v<revision>.json}: the event store
 * keeps payloads forever, so a change to an event's shape must show up here and come with a
 * new revision and an upcaster, never silently.
 */
class EventJsonTest {

    /** Serialized as Axon's Jackson 3 serializer does: a default mapper, names as declared. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static List<Object> events() {
        return List.of(
                new SalesChannelCreatedEvent("sc_01JCHANNEL", "Web shop", "The main storefront", false,
                        Map.of("team", "web")),
                new SalesChannelUpdatedEvent("sc_01JCHANNEL", "Web shop EU", null, true, null),
                new SalesChannelDeletedEvent("sc_01JCHANNEL"),
                new ApiKeyCreatedEvent("apk_01JSECRET", null, "Back office", "secret",
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "sk_1a2***f9e"),
                new ApiKeyUpdatedEvent("apk_01JPUBLISHABLE", "Storefront"),
                new ApiKeyRevokedEvent("apk_01JPUBLISHABLE"),
                new ApiKeyDeletedEvent("apk_01JPUBLISHABLE"),
                new ApiKeySalesChannelsChangedEvent("apk_01JPUBLISHABLE", List.of("sc_01JCHANNEL", "sc_01JAPP")),
                new ShippingOptionCreatedEvent("so_01JEXPRESS", "Express Shipping", "reg_01JEUROPE", "flat",
                        List.of(new ShippingOptionPrice(null, "reg_01JEUROPE", 2500),
                                new ShippingOptionPrice("usd", null, 3000)),
                        new ShippingOptionType("Express", "express", "Ship in 24 hours."), "manual_manual",
                        Map.of("carrier", "dhl"), null),
                new ShippingOptionUpdatedEvent("so_01JEXPRESS", "Express", "reg_01JEUROPE", "flat",
                        List.of(new ShippingOptionPrice("eur", null, 0)),
                        new ShippingOptionType("Express", "express", null), "manual_manual", null,
                        Map.of("note", "free this week")),
                new ShippingOptionDeletedEvent("so_01JEXPRESS"));
    }

    @ParameterizedTest
    @MethodSource("events")
    void serializedFormMatchesThePinnedFile(Object event) {
        // Compared as parsed text, as stored: a tree built from the record would tell a long 0 from an int 0.
        JsonNode serialized = JSON.readTree(JSON.writeValueAsString(event));
        assertThat(serialized).isEqualTo(pinned(event));
    }

    @ParameterizedTest
    @MethodSource("events")
    void pinnedFileReadsBackAsTheEvent(Object event) {
        assertThat(JSON.treeToValue(pinned(event), event.getClass())).isEqualTo(event);
    }

    private static JsonNode pinned(Object event) {
        Class<?> type = event.getClass();
        String file = "/events/" + type.getSimpleName() + ".v" + type.getAnnotation(Revision.class).value() + ".json";
        try (InputStream in = EventJsonTest.class.getResourceAsStream(file)) {
            assertThat(in).as("pinned JSON " + file).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
