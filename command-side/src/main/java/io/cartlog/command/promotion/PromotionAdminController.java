package io.cartlog.command.promotion;

import io.cartlog.command.common.PathIds;
import io.cartlog.events.common.Ids;
import io.cartlog.platform.readmodel.ReadYourWrites;
import io.cartlog.platform.web.Deleted;
import io.cartlog.platform.web.ExpectedVersion;
import io.cartlog.queries.promotion.AdminPromotion;
import io.cartlog.queries.promotion.FindPromotionQuery;
import io.cartlog.queries.promotion.PromotionView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** Answers {@code {promotion: ...}} in the shape of {@link AdminPromotion}, as the read side does. */
@RestController
@RequestMapping("/admin/promotions")
class PromotionAdminController {

    private final CommandGateway commands;
    private final ReadYourWrites readModel;

    PromotionAdminController(CommandGateway commands, ReadYourWrites readModel) {
        this.commands = commands;
        this.readModel = readModel;
    }

    @PostMapping
    Map<String, AdminPromotion> create(@RequestBody PromotionRequest body) {
        String promotionId = Ids.next("promo");
        commands.sendAndWait(body.toCreateCommand(promotionId));
        return respond(promotionId, 0);
    }

    @PostMapping("/{id}")
    Map<String, AdminPromotion> update(@PathVariable String id, @RequestBody PromotionRequest body,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        PathIds.require("promo", id);
        long version = commands.sendAndWait(body.toUpdateCommand(id, ExpectedVersion.of(body.version(), ifMatch)));
        return respond(id, version);
    }

    @DeleteMapping("/{id}")
    Deleted delete(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        PathIds.require("promo", id);
        commands.sendAndWait(new DeletePromotionCommand(id, ExpectedVersion.of(null, ifMatch)));
        readModel.awaitAbsent(new FindPromotionQuery(id), PromotionView.class);
        return Deleted.of(id, "promotion");
    }

    private Map<String, AdminPromotion> respond(String promotionId, long version) {
        return Map.of("promotion", AdminPromotion.of(readModel.await(new FindPromotionQuery(promotionId),
                PromotionView.class, PromotionView::version, version)));
    }
}
