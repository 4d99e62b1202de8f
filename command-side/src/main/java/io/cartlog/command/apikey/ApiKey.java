package io.cartlog.command.apikey;

import io.cartlog.command.common.Require;
import io.cartlog.events.apikey.ApiKeyCreatedEvent;
import io.cartlog.events.apikey.ApiKeyDeletedEvent;
import io.cartlog.events.apikey.ApiKeyRevokedEvent;
import io.cartlog.events.apikey.ApiKeySalesChannelsChangedEvent;
import io.cartlog.events.apikey.ApiKeyUpdatedEvent;
import io.cartlog.platform.web.ApiException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/** A publishable or secret API key, with the sales channels a publishable key opens. Revocation is final. */
@Aggregate
public class ApiKey {

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    @AggregateIdentifier
    private String apiKeyId;
    private KeyType type;
    private boolean revoked;
    private List<String> salesChannelIds;

    protected ApiKey() {
    }

    @CommandHandler
    public ApiKey(CreateApiKeyCommand command) {
        String title = Require.text("title", command.title());
        KeyType type = KeyType.of("type", command.type());
        requireStorableToken(type, command);
        apply(new ApiKeyCreatedEvent(command.apiKeyId(), command.token(), title, type.code(), command.tokenSha256(),
                Require.text("redacted", command.redacted())));
    }

    @CommandHandler
    public long handle(UpdateApiKeyCommand command) {
        apply(new ApiKeyUpdatedEvent(apiKeyId, Require.text("title", command.title())));
        return getVersion();
    }

    @CommandHandler
    public long handle(RevokeApiKeyCommand command) {
        if (revoked) {
            throw ApiException.invalidData("API key " + apiKeyId + " is already revoked");
        }
        apply(new ApiKeyRevokedEvent(apiKeyId));
        return getVersion();
    }

    @CommandHandler
    public long handle(ChangeApiKeySalesChannelsCommand command) {
        if (type != KeyType.PUBLISHABLE) {
            throw ApiException.invalidData("Sales channels can only be associated with publishable API keys");
        }
        List<String> add = channelIds("add", command.add());
        List<String> remove = channelIds("remove", command.remove());
        add.stream().filter(remove::contains).findFirst().ifPresent(both -> {
            throw ApiException.invalidData("Invalid request: Fields 'add' and 'remove' both list '" + both + "'");
        });
        Set<String> linked = new LinkedHashSet<>(salesChannelIds);
        linked.addAll(add);
        linked.removeAll(remove);
        // Links only ever append or drop, so equal sets mean an unchanged list: nothing to record.
        if (!linked.equals(new LinkedHashSet<>(salesChannelIds))) {
            apply(new ApiKeySalesChannelsChangedEvent(apiKeyId, List.copyOf(linked)));
        }
        return getVersion();
    }

    @CommandHandler
    public void handle(DeleteApiKeyCommand command) {
        if (!revoked) {
            throw ApiException.notAllowed("Cannot delete api keys that are not revoked - " + apiKeyId);
        }
        apply(new ApiKeyDeletedEvent(apiKeyId));
    }

    /**
     * The event store is kept forever and read by auditors: only a publishable key's token,
     * which storefronts publish anyway, may be stored in clear; a secret key only by its hash.
     * A mismatch is a programming error, never a client's.
     */
    private static void requireStorableToken(KeyType type, CreateApiKeyCommand command) {
        if (type == KeyType.SECRET && (command.token() != null || command.tokenSha256() == null
                || !SHA_256_HEX.matcher(command.tokenSha256()).matches())) {
            throw new IllegalArgumentException(
                    "A secret key is stored by the SHA-256 of its token (64 hex digits), never by its token");
        }
        if (type == KeyType.PUBLISHABLE && (command.token() == null || !command.token().startsWith("pk_")
                || command.token().length() <= 3 || command.tokenSha256() != null)) {
            throw new IllegalArgumentException("A publishable key is stored by its pk_ token, without a hash");
        }
    }

    private static List<String> channelIds(String field, List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(id -> Require.text(field, id)).toList();
    }

    @EventSourcingHandler
    void on(ApiKeyCreatedEvent event) {
        apiKeyId = event.apiKeyId();
        type = KeyType.of("type", event.type());
        salesChannelIds = List.of();
    }

    @EventSourcingHandler
    void on(ApiKeyRevokedEvent event) {
        revoked = true;
    }

    @EventSourcingHandler
    void on(ApiKeySalesChannelsChangedEvent event) {
        salesChannelIds = event.salesChannelIds();
    }

    @EventSourcingHandler
    void on(ApiKeyDeletedEvent event) {
        markDeleted();
    }
}
