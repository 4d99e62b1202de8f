package io.cartlog.query.payment;

import io.cartlog.platform.readmodel.ReadModelQueries;
import io.cartlog.platform.web.ApiException;
import io.cartlog.queries.region.FindRegionQuery;
import io.cartlog.queries.region.RegionView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /store/payment-providers}: the system provider always, Stripe when its API key is
 * configured. The command side decides the same way, from the same setting; every region offers
 * every configured provider.
 */
@RestController
class StorePaymentProviderController {

    private final ReadModelQueries queries;
    private final List<String> providers = new ArrayList<>();

    StorePaymentProviderController(ReadModelQueries queries,
                                   @Value("${cartlog.payments.stripe.api-key:}") String stripeApiKey) {
        this.queries = queries;
        providers.add("pp_system_default");
        if (!stripeApiKey.isBlank()) {
            providers.add("pp_stripe_stripe");
        }
    }

    @GetMapping("/store/payment-providers")
    Map<String, Object> list(@RequestParam(name = "region_id", required = false) String regionId) {
        if (regionId == null || regionId.isBlank()) {
            throw ApiException.invalidData("Invalid request: Field 'region_id' is required");
        }
        queries.find(new FindRegionQuery(regionId), RegionView.class).orElseThrow(() ->
                ApiException.notFound("region_not_found", "Region with id '" + regionId + "' not found"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("payment_providers", providers.stream()
                .map(id -> Map.of("id", id, "is_enabled", true)).toList());
        answer.put("count", providers.size());
        answer.put("offset", 0);
        answer.put("limit", providers.size());
        return answer;
    }
}
