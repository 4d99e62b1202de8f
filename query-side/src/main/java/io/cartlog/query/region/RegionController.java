package io.cartlog.query.region;

import io.cartlog.platform.web.ApiException;
import io.cartlog.query.common.Page;
import io.cartlog.queries.region.RegionView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Regions for storefronts ({@code /store/regions}) and the admin ({@code /admin/regions}), same shape. */
@RestController
class RegionController {

    private final RegionRepository regions;

    RegionController(RegionRepository regions) {
        this.regions = regions;
    }

    @GetMapping({"/store/regions", "/admin/regions"})
    RegionList list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
        Page page = Page.of(limit, offset, 50);
        return new RegionList(regions.list(page), regions.count(), page.offset(), page.limit());
    }

    @GetMapping({"/store/regions/{id}", "/admin/regions/{id}"})
    Map<String, RegionView> get(@PathVariable String id) {
        return Map.of("region", regions.find(id).orElseThrow(() ->
                ApiException.notFound("region_not_found", "Region with id '" + id + "' not found")));
    }

    record RegionList(List<RegionView> regions, long count, int offset, int limit) {
    }
}
