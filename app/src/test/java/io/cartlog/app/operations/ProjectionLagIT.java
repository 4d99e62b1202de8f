package io.cartlog.app.operations;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Operators read how far each read model trails its events, behind the admin key. */
class ProjectionLagIT extends CartlogIT {

    private static final String CART_VIEW_LAG = "/actuator/metrics/cartlog.projection.lag?tag=processor:cart-view";

    @Test
    void theCartViewReportsTheLagOfEveryEventItProjected() {
        long before = count(admin().get(CART_VIEW_LAG));
        String variant = store().get("/store/products?handle=classic-t-shirt").text("/products/0/variants/0/id");

        String cartId = store().post("/store/carts", Map.of("items", List.of(Map.of("variant_id", variant, "quantity", 1))))
                .text("/cart/id");
        store().post("/store/carts/" + cartId + "/line-items", Map.of("variant_id", variant, "quantity", 1));

        Response lag = admin().get(CART_VIEW_LAG);
        assertThat(lag.status()).isEqualTo(200);
        assertThat(count(lag) - before).isGreaterThanOrEqualTo(2);
        assertThat(statistic(lag, "MAX")).isGreaterThan(0);
    }

    @Test
    void metricsNeedTheAdminKey() {
        assertThat(anonymous().get(CART_VIEW_LAG).status()).isEqualTo(401);
        assertThat(store().get(CART_VIEW_LAG).status()).isEqualTo(401);
    }

    private static long count(Response metric) {
        return metric.status() == 404 ? 0 : (long) statistic(metric, "COUNT");
    }

    private static double statistic(Response metric, String name) {
        for (JsonNode measurement : metric.body().at("/measurements")) {
            if (measurement.at("/statistic").asString().equals(name)) {
                return measurement.at("/value").asDouble();
            }
        }
        throw new AssertionError("No " + name + " in " + metric.body());
    }
}
