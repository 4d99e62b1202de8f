package io.cartlog.command.demo;

import io.cartlog.command.apikey.ChangeApiKeySalesChannelsCommand;
import io.cartlog.command.apikey.IssuedToken;
import io.cartlog.command.apikey.KeyType;
import io.cartlog.events.apikey.ApiKeyCreatedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Seeds the demo catalog ({@link DemoCatalog}) through ordinary commands, so the demo's history
 * is real events. Each resource has an id derived from its name: one that already has events is
 * skipped, so a restart never seeds twice and an interrupted seeding resumes where it stopped.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
class DemoCatalogSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogSeeder.class);

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final DemoProperties properties;

    DemoCatalogSeeder(CommandGateway commands, EventStore eventStore, DemoProperties properties) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (!properties.enabled()) {
            return;
        }
        DemoCatalog catalog = new DemoCatalog();
        List<SeedCommand> pending = catalog.commands().stream().filter(command -> !exists(command.aggregateId())).toList();
        pending.forEach(command -> commands.sendAndWait(command.command()));

        String keyId = catalog.publishableKeyId();
        if (!exists(keyId)) {
            String token = properties.publishableKey() == null || properties.publishableKey().isBlank()
                    ? IssuedToken.issue(KeyType.PUBLISHABLE).clear()
                    : properties.publishableKey().trim();
            commands.sendAndWait(IssuedToken.publishable(token).createCommand(keyId, "Demo storefront"));
            commands.sendAndWait(new ChangeApiKeySalesChannelsCommand(keyId, null,
                    List.of(catalog.salesChannelId()), null));
        }
        if (!pending.isEmpty()) {
            log.info("Seeded the demo catalog: {} resources", pending.size());
        }
        log.info("Demo storefront publishable key (send it as x-publishable-api-key): {}", tokenOf(keyId));
    }

    private boolean exists(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).isPresent();
    }

    private String tokenOf(String keyId) {
        return eventStore.readEvents(keyId).asStream()
                .map(event -> event.getPayload())
                .filter(ApiKeyCreatedEvent.class::isInstance)
                .map(event -> ((ApiKeyCreatedEvent) event).token())
                .findFirst()
                .orElseThrow();
    }
}
