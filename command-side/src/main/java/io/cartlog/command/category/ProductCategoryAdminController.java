package io.cartlog.command.category;

import io.cartlog.command.common.PathIds;
import io.cartlog.events.common.Ids;
import io.cartlog.platform.readmodel.ReadYourWrites;
import io.cartlog.platform.web.Deleted;
import io.cartlog.platform.web.ExpectedVersion;
import io.cartlog.queries.category.FindProductCategoryQuery;
import io.cartlog.queries.category.ProductCategoryView;
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
@RequestMapping("/admin/product-categories")
class ProductCategoryAdminController {

    private final CommandGateway commands;
    private final ReadYourWrites readModel;

    ProductCategoryAdminController(CommandGateway commands, ReadYourWrites readModel) {
        this.commands = commands;
        this.readModel = readModel;
    }

    @PostMapping
    Map<String, ProductCategoryView> create(@RequestBody ProductCategoryRequest body) {
        String categoryId = Ids.next("pcat");
        commands.sendAndWait(body.toCreateCommand(categoryId));
        return respond(categoryId, 0);
    }

    @PostMapping("/{id}")
    Map<String, ProductCategoryView> update(@PathVariable String id, @RequestBody ProductCategoryRequest body,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        PathIds.require("pcat", id);
        long version = commands.sendAndWait(body.toUpdateCommand(id, ExpectedVersion.of(body.version(), ifMatch)));
        return respond(id, version);
    }

    @DeleteMapping("/{id}")
    Deleted delete(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        PathIds.require("pcat", id);
        commands.sendAndWait(new DeleteProductCategoryCommand(id, ExpectedVersion.of(null, ifMatch)));
        readModel.awaitAbsent(new FindProductCategoryQuery(id), ProductCategoryView.class);
        return Deleted.of(id, "product_category");
    }

    private Map<String, ProductCategoryView> respond(String categoryId, long version) {
        return Map.of("product_category", readModel.await(new FindProductCategoryQuery(categoryId),
                ProductCategoryView.class, ProductCategoryView::version, version));
    }
}
