package io.cartlog.command.apikey;

import io.cartlog.events.apikey.ApiKeyCreatedEvent;
import io.cartlog.events.apikey.ApiKeyDeletedEvent;
import io.cartlog.events.apikey.ApiKeyRevokedEvent;
import io.cartlog.events.apikey.ApiKeySalesChannelsChangedEvent;
import io.cartlog.events.apikey.ApiKeyUpdatedEvent;
import io.cartlog.platform.web.ApiException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.containsString;

class ApiKeyTest {

    private static final String ID = "apk_01JKEY";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ApiKeyCreatedEvent PUBLISHABLE =
            new ApiKeyCreatedEvent(ID, "pk_test_web", "Web shop", "publishable", null, "pk_tes***web");
    private static final ApiKeyCreatedEvent SECRET = new ApiKeyCreatedEvent(ID, null, "Back office", "secret",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "sk_1a2***f9e");

    private FixtureConfiguration<ApiKey> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ApiKey.class);
    }

    @Test
    void publishableKeyEventCarriesItsToken() {
        IssuedToken token = IssuedToken.issue(KeyType.PUBLISHABLE);

        fixture.givenNoPriorActivity()
                .when(token.createCommand(ID, "Web shop"))
                .expectEvents(new ApiKeyCreatedEvent(ID, token.clear(), "Web shop", "publishable", null,
                        IssuedToken.redact(token.clear())));
    }

    @Test
    void secretKeyEventNeverCarriesTheClearToken() {
        IssuedToken token = IssuedToken.issue(KeyType.SECRET);

        fixture.givenNoPriorActivity()
                .when(token.createCommand(ID, "Back office"))
                .expectEvents(new ApiKeyCreatedEvent(ID, null, "Back office", "secret", IssuedToken.sha256(token.clear()),
                        IssuedToken.redact(token.clear())))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(payload -> !JSON.writeValueAsString(payload).contains(token.clear())),
                        andNoMore())));
    }

    @Test
    void refusesToStoreASecretKeysClearToken() {
        String clear = IssuedToken.issue(KeyType.SECRET).clear();

        fixture.givenNoPriorActivity()
                .when(new CreateApiKeyCommand(ID, "Back office", "secret", clear, IssuedToken.sha256(clear), "sk_***"))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage(containsString("never by its token"))
                .expectNoEvents();
    }

    @Test
    void refusesAnUnknownType() {
        fixture.givenNoPriorActivity()
                .when(new CreateApiKeyCommand(ID, "Key", "admin", "pk_x", null, "pk_x***"))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Invalid request: Field 'type' must be one of [publishable, secret]"));
    }

    @Test
    void refusesAKeyWithoutATitle() {
        fixture.givenNoPriorActivity()
                .when(new CreateApiKeyCommand(ID, null, "publishable", "pk_x", null, "pk_x***"))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'title' is required"));
    }

    @Test
    void updateRenamesTheKey() {
        fixture.given(PUBLISHABLE)
                .when(new UpdateApiKeyCommand(ID, null, " Storefront "))
                .expectEvents(new ApiKeyUpdatedEvent(ID, "Storefront"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void revokedKeyCannotBeRevokedAgain() {
        fixture.given(SECRET, new ApiKeyRevokedEvent(ID))
                .when(new RevokeApiKeyCommand(ID, null))
                .expectException(ApiException.class)
                .expectExceptionMessage("API key " + ID + " is already revoked")
                .expectNoEvents();
    }

    @Test
    void keyThatIsNotRevokedCannotBeDeleted() {
        fixture.given(PUBLISHABLE)
                .when(new DeleteApiKeyCommand(ID, null))
                .expectException(matches(e -> e instanceof ApiException api && api.code().equals("not_allowed")))
                .expectExceptionMessage("Cannot delete api keys that are not revoked - " + ID)
                .expectNoEvents();
    }

    @Test
    void revokedKeyCanBeDeleted() {
        fixture.given(PUBLISHABLE, new ApiKeyRevokedEvent(ID))
                .when(new DeleteApiKeyCommand(ID, null))
                .expectEvents(new ApiKeyDeletedEvent(ID))
                .expectMarkedDeleted();
    }

    @Test
    void linkingAppendsChannelsAndUnlinkingDropsThem() {
        fixture.given(PUBLISHABLE, new ApiKeySalesChannelsChangedEvent(ID, List.of("sc_A", "sc_B")))
                .when(new ChangeApiKeySalesChannelsCommand(ID, null, List.of("sc_C"), List.of("sc_A", "sc_UNLINKED")))
                .expectEvents(new ApiKeySalesChannelsChangedEvent(ID, List.of("sc_B", "sc_C")))
                .expectResultMessagePayload(2L);
    }

    @Test
    void linkingWhatIsAlreadyLinkedRecordsNothing() {
        fixture.given(PUBLISHABLE, new ApiKeySalesChannelsChangedEvent(ID, List.of("sc_A")))
                .when(new ChangeApiKeySalesChannelsCommand(ID, null, List.of("sc_A"), null))
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void channelBothAddedAndRemovedIsRefused() {
        fixture.given(PUBLISHABLE)
                .when(new ChangeApiKeySalesChannelsCommand(ID, null, List.of("sc_A"), List.of("sc_A")))
                .expectException(ApiException.class)
                .expectExceptionMessage("Invalid request: Fields 'add' and 'remove' both list 'sc_A'");
    }

    @Test
    void salesChannelsAreForPublishableKeysOnly() {
        fixture.given(SECRET)
                .when(new ChangeApiKeySalesChannelsCommand(ID, null, List.of("sc_A"), null))
                .expectException(ApiException.class)
                .expectExceptionMessage("Sales channels can only be associated with publishable API keys")
                .expectNoEvents();
    }
}
