package io.cartlog.command.product;

import io.cartlog.command.common.ExistingSalesChannels;
import io.cartlog.command.common.PathIds;
import io.cartlog.events.common.Ids;
import io.cartlog.platform.readmodel.ReadYourWrites;
import io.cartlog.platform.web.Deleted;
import io.cartlog.platform.web.ExpectedVersion;
import io.cartlog.queries.product.FindProductQuery;
import io.cartlog.queries.product.ProductView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** Product mutations of Medusa v2's admin API; each answers with the read model at or after its change. */
@RestController
@RequestMapping("/admin/products")
class ProductAdminController {

    private final CommandGateway commands;
    private final ReadYourWrites readModel;
    private final ExistingSalesChannels salesChannels;

    ProductAdminController(CommandGateway commands, ReadYourWrites readModel, ExistingSalesChannels salesChannels) {
        this.commands = commands;
        this.readModel = readModel;
        this.salesChannels = salesChannels;
    }

    @PostMapping
    Map<String, ProductView> create(@RequestBody CreateProductRequest body) {
        salesChannels.require("sales_channels", body.salesChannels() == null ? null : IdRef.ids(body.salesChannels()));
        String productId = Ids.next("prod");
        commands.sendAndWait(body.toCommand(productId));
        return respond(productId, 0);
    }

    @PostMapping("/{id}")
    Map<String, ProductView> update(@PathVariable String id, @RequestBody UpdateProductRequest body,
                                    @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        PathIds.require("prod", id);
        salesChannels.require("sales_channels", body.salesChannels() == null ? null : IdRef.ids(body.salesChannels()));
        long version = commands.sendAndWait(body.toCommand(id, ExpectedVersion.of(body.version(), ifMatch)));
        return respond(id, version);
    }

    @DeleteMapping("/{id}")
    Deleted delete(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        PathIds.require("prod", id);
        commands.sendAndWait(new DeleteProductCommand(id, ExpectedVersion.of(null, ifMatch)));
        readModel.awaitAbsent(new FindProductQuery(id), ProductView.class);
        return Deleted.of(id, "product");
    }

    @PostMapping("/{id}/variants")
    Map<String, ProductView> addVariant(@PathVariable String id, @RequestBody VariantDraft body,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        PathIds.require("prod", id);
        long version = commands.sendAndWait(new AddProductVariantCommand(id,
                ExpectedVersion.of(body.version(), ifMatch), body));
        return respond(id, version);
    }

    @PostMapping("/{id}/variants/{variantId}")
    Map<String, ProductView> updateVariant(@PathVariable String id, @PathVariable String variantId,
                                           @RequestBody VariantPatch body,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        PathIds.require("prod", id);
        long version = commands.sendAndWait(new UpdateProductVariantCommand(id,
                ExpectedVersion.of(body.version(), ifMatch), variantId, body));
        return respond(id, version);
    }

    @DeleteMapping("/{id}/variants/{variantId}")
    DeletedVariant removeVariant(@PathVariable String id, @PathVariable String variantId,
                                 @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        PathIds.require("prod", id);
        long version = commands.sendAndWait(new RemoveProductVariantCommand(id, ExpectedVersion.of(null, ifMatch),
                variantId));
        return new DeletedVariant(variantId, "variant", true, await(id, version));
    }

    private Map<String, ProductView> respond(String productId, long version) {
        return Map.of("product", await(productId, version));
    }

    private ProductView await(String productId, long version) {
        return readModel.await(new FindProductQuery(productId), ProductView.class, ProductView::version, version);
    }
}
