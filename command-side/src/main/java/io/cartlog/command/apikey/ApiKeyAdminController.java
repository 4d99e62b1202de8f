package io.cartlog.command.apikey;

import io.cartlog.command.common.ExistingSalesChannels;
import io.cartlog.command.common.PathIds;
import io.cartlog.events.common.Ids;
import io.cartlog.platform.readmodel.ReadYourWrites;
import io.cartlog.platform.web.ApiException;
import io.cartlog.platform.web.Deleted;
import io.cartlog.platform.web.ExpectedVersion;
import io.cartlog.queries.apikey.ApiKeyView;
import io.cartlog.queries.apikey.FindApiKeyQuery;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/admin/api-keys")
class ApiKeyAdminController {

    private final CommandGateway commands;
    private final ExistingSalesChannels salesChannels;
    private final ReadYourWrites readModel;

    ApiKeyAdminController(CommandGateway commands, ExistingSalesChannels salesChannels, ReadYourWrites readModel) {
        this.commands = commands;
        this.salesChannels = salesChannels;
        this.readModel = readModel;
    }

    @PostMapping
    Map<String, ApiKeyView> create(@Valid @RequestBody ApiKeyRequest body) {
        String apiKeyId = Ids.next("apk");
        IssuedToken token = IssuedToken.issue(KeyType.of("type", body.type()));
        commands.sendAndWait(token.createCommand(apiKeyId, body.title()));
        // The one answer that shows a secret key's token: nothing Cartlog keeps holds it.
        return Map.of("api_key", await(apiKeyId, 0).revealing(token.clear()));
    }

    @PostMapping("/{id}")
    Map<String, ApiKeyView> update(@PathVariable String id, @Valid @RequestBody ApiKeyRequest body,
                                   @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        if (body.type() != null) {
            throw ApiException.invalidData("Invalid request: Field 'type' cannot be changed; create another key");
        }
        long version = commands.sendAndWait(new UpdateApiKeyCommand(PathIds.require("apk", id),
                ExpectedVersion.of(body.version(), ifMatch), body.title()));
        return Map.of("api_key", await(id, version));
    }

    @PostMapping("/{id}/revoke")
    Map<String, ApiKeyView> revoke(@PathVariable String id, @RequestBody(required = false) RevokeApiKeyRequest body,
                                   @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        RevokeApiKeyRequest request = body == null ? new RevokeApiKeyRequest(null, null) : body;
        if (request.revokeIn() != null && request.revokeIn().signum() != 0) {
            throw ApiException.invalidData("Invalid request: Field 'revoke_in' is not supported; keys are revoked at once");
        }
        long version = commands.sendAndWait(new RevokeApiKeyCommand(PathIds.require("apk", id),
                ExpectedVersion.of(request.version(), ifMatch)));
        return Map.of("api_key", await(id, version));
    }

    @PostMapping("/{id}/sales-channels")
    Map<String, ApiKeyView> changeSalesChannels(@PathVariable String id, @Valid @RequestBody SalesChannelLinksRequest body,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        PathIds.require("apk", id);
        salesChannels.require("add", body.add());
        long version = commands.sendAndWait(new ChangeApiKeySalesChannelsCommand(id,
                ExpectedVersion.of(body.version(), ifMatch), body.add(), body.remove()));
        return Map.of("api_key", await(id, version));
    }

    @DeleteMapping("/{id}")
    Deleted delete(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        commands.sendAndWait(new DeleteApiKeyCommand(PathIds.require("apk", id), ExpectedVersion.of(null, ifMatch)));
        readModel.awaitAbsent(new FindApiKeyQuery(id), ApiKeyView.class);
        return Deleted.of(id, "api_key");
    }

    private ApiKeyView await(String apiKeyId, long version) {
        return readModel.await(new FindApiKeyQuery(apiKeyId), ApiKeyView.class, ApiKeyView::version, version);
    }
}
