package io.cartlog.command.saleschannel;

import io.cartlog.command.common.PathIds;
import io.cartlog.events.common.Ids;
import io.cartlog.platform.readmodel.ReadYourWrites;
import io.cartlog.platform.web.Deleted;
import io.cartlog.platform.web.ExpectedVersion;
import io.cartlog.queries.saleschannel.FindSalesChannelQuery;
import io.cartlog.queries.saleschannel.SalesChannelView;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

@RestController
@RequestMapping("/admin/sales-channels")
class SalesChannelAdminController {

    private final CommandGateway commands;
    private final ReadYourWrites readModel;

    SalesChannelAdminController(CommandGateway commands, ReadYourWrites readModel) {
        this.commands = commands;
        this.readModel = readModel;
    }

    @PostMapping
    Map<String, SalesChannelView> create(@Valid @RequestBody SalesChannelRequest body) {
        String salesChannelId = Ids.next("sc");
        commands.sendAndWait(new CreateSalesChannelCommand(salesChannelId, body.name(), body.description(),
                Boolean.TRUE.equals(body.isDisabled()), body.metadata()));
        return respond(salesChannelId, 0);
    }

    @PostMapping("/{id}")
    Map<String, SalesChannelView> update(@PathVariable String id, @Valid @RequestBody SalesChannelRequest body,
                                         @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        long version = commands.sendAndWait(new UpdateSalesChannelCommand(PathIds.require("sc", id),
                ExpectedVersion.of(body.version(), ifMatch), body.name(), body.description(), body.isDisabled(),
                body.metadata()));
        return respond(id, version);
    }

    @DeleteMapping("/{id}")
    Deleted delete(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        commands.sendAndWait(new DeleteSalesChannelCommand(PathIds.require("sc", id), ExpectedVersion.of(null, ifMatch)));
        readModel.awaitAbsent(new FindSalesChannelQuery(id), SalesChannelView.class);
        return Deleted.of(id, "sales-channel");
    }

    private Map<String, SalesChannelView> respond(String salesChannelId, long version) {
        return Map.of("sales_channel", readModel.await(new FindSalesChannelQuery(salesChannelId),
                SalesChannelView.class, SalesChannelView::version, version));
    }
}
