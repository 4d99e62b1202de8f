package io.cartlog.query.product;

import io.cartlog.query.common.QueryParams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which products a listing shows.
 *
 * @param salesChannels the channels of the storefront's key; null for the admin and for keys
 *                      scoped to no channel, which see every product
 */
record ProductFilter(
        Set<String> statuses,
        Set<String> salesChannels,
        List<String> ids,
        List<String> handles,
        List<String> categoryIds,
        List<String> collectionIds,
        String q) {

    String where(Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("1 = 1");
        if (!statuses.isEmpty()) {
            conditions.add("p.status IN (:statuses)");
            params.put("statuses", statuses);
        }
        if (salesChannels != null && !salesChannels.isEmpty()) {
            // A product in no sales channel is deliberately visible to every key (unlike Medusa,
            // which shows it to none), so a catalog works before any channel is set up.
            conditions.add("(p.any_sales_channel = TRUE OR EXISTS (SELECT 1 FROM product_view_sales_channel s"
                    + " WHERE s.product_id = p.id AND s.sales_channel_id IN (:channels)))");
            params.put("channels", salesChannels);
        }
        if (!ids.isEmpty()) {
            conditions.add("p.id IN (:ids)");
            params.put("ids", ids);
        }
        if (!handles.isEmpty()) {
            conditions.add("p.handle IN (:handles)");
            params.put("handles", handles);
        }
        if (!collectionIds.isEmpty()) {
            conditions.add("p.collection_id IN (:collections)");
            params.put("collections", collectionIds);
        }
        if (!categoryIds.isEmpty()) {
            conditions.add("EXISTS (SELECT 1 FROM product_view_category c WHERE c.product_id = p.id"
                    + " AND c.category_id IN (:categories))");
            params.put("categories", categoryIds);
        }
        if (q != null && !q.isBlank()) {
            conditions.add("p.search_text LIKE :q ESCAPE '\\'");
            params.put("q", QueryParams.containsPattern(q));
        }
        return String.join(" AND ", conditions);
    }
}
