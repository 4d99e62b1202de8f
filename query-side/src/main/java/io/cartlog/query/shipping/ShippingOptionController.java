package io.cartlog.query.shipping;

import io.cartlog.platform.web.ApiException;
import io.cartlog.query.common.Page;
import io.cartlog.queries.shipping.ShippingOptionView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
class ShippingOptionController {

    private final ShippingOptionRepository options;

    ShippingOptionController(ShippingOptionRepository options) {
        this.options = options;
    }

    @GetMapping("/admin/shipping-options")
    ShippingOptionList list(@RequestParam(name = "region_id", required = false) String regionId,
                            @RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
        Page page = Page.of(limit, offset, 20);
        return new ShippingOptionList(options.list(regionId, page), options.count(regionId), page.offset(), page.limit());
    }

    @GetMapping("/admin/shipping-options/{id}")
    Map<String, ShippingOptionView> get(@PathVariable String id) {
        return Map.of("shipping_option", options.find(id).orElseThrow(() ->
                ApiException.notFound("shipping_option_not_found", "Shipping option with id '" + id + "' not found")));
    }

    record ShippingOptionList(List<ShippingOptionView> shippingOptions, long count, int offset, int limit) {
    }
}
