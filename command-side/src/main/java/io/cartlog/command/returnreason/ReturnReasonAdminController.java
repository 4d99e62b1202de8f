package io.cartlog.command.returnreason;

import io.cartlog.command.common.PathIds;
import io.cartlog.events.common.Ids;
import io.cartlog.platform.readmodel.ReadYourWrites;
import io.cartlog.platform.web.Deleted;
import io.cartlog.platform.web.ExpectedVersion;
import io.cartlog.queries.returnreason.FindReturnReasonQuery;
import io.cartlog.queries.returnreason.ReturnReasonView;
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
@RequestMapping("/admin/return-reasons")
class ReturnReasonAdminController {

    private final CommandGateway commands;
    private final ReadYourWrites readModel;

    ReturnReasonAdminController(CommandGateway commands, ReadYourWrites readModel) {
        this.commands = commands;
        this.readModel = readModel;
    }

    @PostMapping
    Map<String, ReturnReasonView> create(@Valid @RequestBody ReturnReasonRequest body) {
        String returnReasonId = Ids.next("rr");
        commands.sendAndWait(new CreateReturnReasonCommand(returnReasonId, body.value(), body.label(),
                body.description(), body.metadata()));
        return respond(returnReasonId, 0);
    }

    @PostMapping("/{id}")
    Map<String, ReturnReasonView> update(@PathVariable String id, @Valid @RequestBody ReturnReasonRequest body,
                                         @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        long version = commands.sendAndWait(new UpdateReturnReasonCommand(PathIds.require("rr", id),
                ExpectedVersion.of(body.version(), ifMatch), body.value(), body.label(), body.description(),
                body.metadata()));
        return respond(id, version);
    }

    @DeleteMapping("/{id}")
    Deleted delete(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        commands.sendAndWait(new DeleteReturnReasonCommand(PathIds.require("rr", id), ExpectedVersion.of(null, ifMatch)));
        readModel.awaitAbsent(new FindReturnReasonQuery(id), ReturnReasonView.class);
        return Deleted.of(id, "return_reason");
    }

    private Map<String, ReturnReasonView> respond(String returnReasonId, long version) {
        return Map.of("return_reason", readModel.await(new FindReturnReasonQuery(returnReasonId),
                ReturnReasonView.class, ReturnReasonView::version, version));
    }
}
