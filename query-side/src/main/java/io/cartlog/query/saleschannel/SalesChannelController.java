package io.cartlog.query.saleschannel;

import io.cartlog.platform.web.ApiException;
import io.cartlog.query.common.Page;
import io.cartlog.queries.saleschannel.SalesChannelView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
class SalesChannelController {

    private final SalesChannelRepository channels;

    SalesChannelController(SalesChannelRepository channels) {
        this.channels = channels;
    }

    @GetMapping("/admin/sales-channels")
    SalesChannelList list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer limit,
                          @RequestParam(required = false) Integer offset) {
        Page page = Page.of(limit, offset, 20);
        return new SalesChannelList(channels.list(q, page), channels.count(q), page.offset(), page.limit());
    }

    @GetMapping("/admin/sales-channels/{id}")
    Map<String, SalesChannelView> get(@PathVariable String id) {
        return Map.of("sales_channel", channels.find(id).orElseThrow(() ->
                ApiException.notFound("sales_channel_not_found", "Sales channel with id '" + id + "' not found")));
    }

    record SalesChannelList(List<SalesChannelView> salesChannels, long count, int offset, int limit) {
    }
}
