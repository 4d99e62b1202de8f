package io.cartlog.command.common;

import io.cartlog.platform.readmodel.ReadModelQueries;
import io.cartlog.platform.web.ApiException;
import io.cartlog.queries.saleschannel.FindSalesChannelQuery;
import io.cartlog.queries.saleschannel.SalesChannelView;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;

/**
 * Refuses references to sales channels that do not exist. Aggregates cannot read read models,
 * so the check runs before the command, against the sales-channel read model: a channel deleted
 * in between slips through and stays referenced, which opens nothing (a deleted channel serves
 * no storefront).
 */
@Component
public class ExistingSalesChannels {

    private final ReadModelQueries queries;

    ExistingSalesChannels(ReadModelQueries queries) {
        this.queries = queries;
    }

    public void require(String field, List<String> salesChannelIds) {
        if (salesChannelIds == null) {
            return;
        }
        List<String> unknown = salesChannelIds.stream()
                .filter(Objects::nonNull)
                .distinct()
                .filter(id -> queries.find(new FindSalesChannelQuery(id), SalesChannelView.class).isEmpty())
                .toList();
        if (!unknown.isEmpty()) {
            throw ApiException.invalidData("Invalid request: Field '" + field + "' lists sales channels that do not exist: "
                    + String.join(", ", unknown));
        }
    }
}
