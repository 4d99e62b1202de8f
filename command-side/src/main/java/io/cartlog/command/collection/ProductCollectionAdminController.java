package io.cartlog.command.collection;

import io.cartlog.command.common.PathIds;
import io.cartlog.events.common.Ids;
import io.cartlog.platform.readmodel.ReadYourWrites;
import io.cartlog.platform.web.Deleted;
import io.cartlog.platform.web.ExpectedVersion;
import io.cartlog.queries.collection.FindProductCollectionQuery;
import io.cartlog.queries.collection.ProductCollectionView;
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
@RequestMapping("/admin/collections")
class ProductCollectionAdminController {

    private final CommandGateway commands;
    private final ReadYourWrites readModel;

    ProductCollectionAdminController(CommandGateway commands, ReadYourWrites readModel) {
        this.commands = commands;
        this.readModel = readModel;
    }

    @PostMapping
    Map<String, ProductCollectionView> create(@RequestBody ProductCollectionRequest body) {
        String collectionId = Ids.next("pcol");
        commands.sendAndWait(body.toCreateCommand(collectionId));
        return respond(collectionId, 0);
    }

    @PostMapping("/{id}")
    Map<String, ProductCollectionView> update(@PathVariable String id, @RequestBody ProductCollectionRequest body,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        PathIds.require("pcol", id);
        long version = commands.sendAndWait(body.toUpdateCommand(id, ExpectedVersion.of(body.version(), ifMatch)));
        return respond(id, version);
    }

    @DeleteMapping("/{id}")
    Deleted delete(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        PathIds.require("pcol", id);
        commands.sendAndWait(new DeleteProductCollectionCommand(id, ExpectedVersion.of(null, ifMatch)));
        readModel.awaitAbsent(new FindProductCollectionQuery(id), ProductCollectionView.class);
        return Deleted.of(id, "collection");
    }

    private Map<String, ProductCollectionView> respond(String collectionId, long version) {
        return Map.of("collection", readModel.await(new FindProductCollectionQuery(collectionId),
                ProductCollectionView.class, ProductCollectionView::version, version));
    }
}
