package io.cartlog.query.promotion;

import io.cartlog.platform.web.ApiException;
import io.cartlog.query.common.Page;
import io.cartlog.queries.promotion.AdminPromotion;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Live promotions in the shape of {@link AdminPromotion}: the view's flat fields plus Medusa's {@code application_method}. */
@RestController
class PromotionController {

    private final PromotionRepository promotions;

    PromotionController(PromotionRepository promotions) {
        this.promotions = promotions;
    }

    @GetMapping("/admin/promotions")
    PromotionList list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer limit,
                       @RequestParam(required = false) Integer offset) {
        Page page = Page.of(limit, offset, 20);
        return new PromotionList(promotions.list(q, page).stream().map(AdminPromotion::of).toList(), promotions.count(q),
                page.offset(), page.limit());
    }

    @GetMapping("/admin/promotions/{id}")
    Map<String, AdminPromotion> get(@PathVariable String id) {
        return Map.of("promotion", promotions.find(id).map(AdminPromotion::of).orElseThrow(() ->
                ApiException.notFound("promotion_not_found", "Promotion with id '" + id + "' not found")));
    }

    record PromotionList(List<AdminPromotion> promotions, long count, int offset, int limit) {
    }
}
