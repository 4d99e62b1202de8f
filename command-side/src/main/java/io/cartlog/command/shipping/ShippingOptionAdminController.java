package io.cartlog.command.shipping;

import io.cartlog.command.common.PathIds;
import io.cartlog.events.common.Ids;
import io.cartlog.platform.readmodel.ReadModelQueries;
import io.cartlog.platform.readmodel.ReadYourWrites;
import io.cartlog.platform.web.ApiException;
import io.cartlog.platform.web.Deleted;
import io.cartlog.platform.web.ExpectedVersion;
import io.cartlog.queries.region.FindRegionQuery;
import io.cartlog.queries.region.RegionView;
import io.cartlog.queries.shipping.FindShippingOptionQuery;
import io.cartlog.queries.shipping.ShippingOptionView;
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
@RequestMapping("/admin/shipping-options")
class ShippingOptionAdminController {

    private final CommandGateway commands;
    private final ReadModelQueries queries;
    private final ReadYourWrites readModel;

    ShippingOptionAdminController(CommandGateway commands, ReadModelQueries queries, ReadYourWrites readModel) {
        this.commands = commands;
        this.queries = queries;
        this.readModel = readModel;
    }

    @PostMapping
    Map<String, ShippingOptionView> create(@Valid @RequestBody ShippingOptionRequest body) {
        requireExistingRegions(body);
        String shippingOptionId = Ids.next("so");
        commands.sendAndWait(new CreateShippingOptionCommand(shippingOptionId, body.name(), body.regionId(),
                body.priceType(), body.amount(), body.prices(), body.type(), body.providerId(), body.data(),
                body.metadata()));
        return respond(shippingOptionId, 0);
    }

    @PostMapping("/{id}")
    Map<String, ShippingOptionView> update(@PathVariable String id, @Valid @RequestBody ShippingOptionRequest body,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        PathIds.require("so", id);
        requireExistingRegions(body);
        long version = commands.sendAndWait(new UpdateShippingOptionCommand(id, ExpectedVersion.of(body.version(), ifMatch),
                body.name(), body.regionId(), body.priceType(), body.amount(), body.prices(), body.type(),
                body.providerId(), body.data(), body.metadata()));
        return respond(id, version);
    }

    @DeleteMapping("/{id}")
    Deleted delete(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        commands.sendAndWait(new DeleteShippingOptionCommand(PathIds.require("so", id), ExpectedVersion.of(null, ifMatch)));
        readModel.awaitAbsent(new FindShippingOptionQuery(id), ShippingOptionView.class);
        return Deleted.of(id, "shipping_option");
    }

    /**
     * Regions live in a read model the aggregate cannot consult, so the admin API checks here
     * that the regions a request names exist: enough for an admin UI, though a region deleted
     * right after this check can still be named.
     */
    private void requireExistingRegions(ShippingOptionRequest body) {
        requireExistingRegion("region_id", body.regionId());
        if (body.prices() != null) {
            for (int i = 0; i < body.prices().size(); i++) {
                if (body.prices().get(i) != null) {
                    requireExistingRegion("prices[" + i + "].region_id", body.prices().get(i).regionId());
                }
            }
        }
    }

    private void requireExistingRegion(String field, String regionId) {
        if (regionId == null || regionId.isBlank()) {
            return;
        }
        boolean exists = queries.find(new FindRegionQuery(regionId.trim()), RegionView.class).isPresent();
        if (!exists) {
            throw ApiException.invalidData("Invalid request: Field '" + field + "' names no region: '" + regionId + "'");
        }
    }

    private Map<String, ShippingOptionView> respond(String shippingOptionId, long version) {
        return Map.of("shipping_option", readModel.await(new FindShippingOptionQuery(shippingOptionId),
                ShippingOptionView.class, ShippingOptionView::version, version));
    }
}
