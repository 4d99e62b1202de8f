package io.cartlog.query.returns;

import io.cartlog.query.common.Page;
import io.cartlog.queries.returns.ReturnView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** {@code GET /admin/returns} (newest first, optionally of one order) and {@code GET /admin/returns/{id}}. */
@RestController
class AdminReturnController {

    private final ReturnProjection returns;

    AdminReturnController(ReturnProjection returns) {
        this.returns = returns;
    }

    @GetMapping("/admin/returns")
    ReturnList list(@RequestParam(name = "order_id", required = false) String orderId,
                    @RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
        Page page = Page.of(limit, offset, 50);
        String order = orderId == null || orderId.isBlank() ? null : orderId;
        return new ReturnList(returns.list(order, page), returns.count(order), page.offset(), page.limit());
    }

    @GetMapping("/admin/returns/{id}")
    Map<String, ReturnView> get(@PathVariable String id) {
        return Map.of("return", returns.require(id));
    }

    record ReturnList(List<ReturnView> returns, long count, int offset, int limit) {
    }
}
