package io.cartlog.command.region;

import io.cartlog.command.common.PathIds;
import io.cartlog.events.common.Ids;
import io.cartlog.platform.readmodel.ReadYourWrites;
import io.cartlog.platform.web.Deleted;
import io.cartlog.platform.web.ExpectedVersion;
import io.cartlog.queries.region.FindRegionQuery;
import io.cartlog.queries.region.RegionView;
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
@RequestMapping("/admin/regions")
class RegionAdminController {

    private final CommandGateway commands;
    private final ReadYourWrites readModel;

    RegionAdminController(CommandGateway commands, ReadYourWrites readModel) {
        this.commands = commands;
        this.readModel = readModel;
    }

    @PostMapping
    Map<String, RegionView> create(@Valid @RequestBody RegionRequest body) {
        String regionId = Ids.next("reg");
        commands.sendAndWait(new CreateRegionCommand(regionId, body.name(), body.currencyCode(), body.countries(),
                body.taxRate(), Boolean.TRUE.equals(body.automaticTaxes()), body.metadata()));
        return respond(regionId, 0);
    }

    @PostMapping("/{id}")
    Map<String, RegionView> update(@PathVariable String id, @Valid @RequestBody RegionRequest body,
                                   @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        long version = commands.sendAndWait(new UpdateRegionCommand(PathIds.require("reg", id), ExpectedVersion.of(body.version(), ifMatch),
                body.name(), body.currencyCode(), body.countries(), body.taxRate(), body.automaticTaxes(),
                body.metadata()));
        return respond(id, version);
    }

    @DeleteMapping("/{id}")
    Deleted delete(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        commands.sendAndWait(new DeleteRegionCommand(PathIds.require("reg", id), ExpectedVersion.of(null, ifMatch)));
        readModel.awaitAbsent(new FindRegionQuery(id), RegionView.class);
        return Deleted.of(id, "region");
    }

    private Map<String, RegionView> respond(String regionId, long version) {
        return Map.of("region", readModel.await(new FindRegionQuery(regionId), RegionView.class, RegionView::version, version));
    }
}
