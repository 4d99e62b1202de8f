package io.cartlog.query.returnreason;

import io.cartlog.platform.web.ApiException;
import io.cartlog.queries.returnreason.ReturnReasonView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Return reasons for the storefront's return form and for the admin. */
@RestController
class ReturnReasonController {

    private final ReturnReasonRepository reasons;

    ReturnReasonController(ReturnReasonRepository reasons) {
        this.reasons = reasons;
    }

    @GetMapping({"/store/return-reasons", "/admin/return-reasons"})
    ReturnReasonList list() {
        List<ReturnReasonView> all = reasons.list();
        return new ReturnReasonList(all, all.size(), 0, all.size());
    }

    @GetMapping({"/store/return-reasons/{id}", "/admin/return-reasons/{id}"})
    Map<String, ReturnReasonView> get(@PathVariable String id) {
        return Map.of("return_reason", reasons.find(id).orElseThrow(() ->
                ApiException.notFound("return_reason_not_found", "Return reason with id '" + id + "' not found")));
    }

    record ReturnReasonList(List<ReturnReasonView> returnReasons, long count, int offset, int limit) {
    }
}
